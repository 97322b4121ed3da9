package main

type Node struct {
	value int
	next  Node
}

func main() {}
