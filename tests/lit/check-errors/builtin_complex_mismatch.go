package main

func main() {
	var a float32
	var b float64
	_ = complex(a, b)
}
