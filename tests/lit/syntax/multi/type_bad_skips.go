package main

var a []

var b map[int]

type T struct {
	x chan
	y int
}

func f(x []) {}

func main() {}
