package main

type I interface{ M() }

type T struct {
	*I
}

func main() {}
