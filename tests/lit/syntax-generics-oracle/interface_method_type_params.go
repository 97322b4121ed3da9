package main

type I interface {
	M[P any](p P)
}

func main() {}
