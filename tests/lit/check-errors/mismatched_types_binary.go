package main

func main() {
	x := 1
	y := "a"
	_ = x + y
}
