package main

func main() {
	n := 3
	var f float64 = 1 << n
	_ = f
}
