package main

var a int b

type T struct {
	x int y
}

const c = 1 2

func main() {}
