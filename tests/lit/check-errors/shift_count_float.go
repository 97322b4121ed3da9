package main

func main() {
	x := 1
	s := 1.5
	_ = x << s
}
