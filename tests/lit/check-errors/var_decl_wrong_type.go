package main

func main() {
	var f float64 = 1.5
	var i int = f
	_ = i
}
