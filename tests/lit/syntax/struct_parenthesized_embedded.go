package main

type E struct{}

type T struct {
	(E)
}

func main() {}
