package main

func main() {
	x := iota
	_ = x
}
