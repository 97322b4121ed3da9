package main

type Pair[K comparable, V any] struct{}

var p Pair[int]

func main() {}
