package main

var x int

func main() {
	var y x
	_ = y
}
