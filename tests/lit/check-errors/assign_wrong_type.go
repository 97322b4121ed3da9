package main

func main() {
	var x int
	s := "hello"
	x = s
	_ = x
}
