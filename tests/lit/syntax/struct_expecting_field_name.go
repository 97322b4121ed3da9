package main

type T struct {
	x int
	42
}

func main() {}
