package main

func main() {
	var a, b int
	a, b = 1, 2, 3
	_, _ = a, b
}
