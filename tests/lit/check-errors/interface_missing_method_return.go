package main

import "fmt"

type T struct{}

func get() fmt.Stringer {
	return T{}
}

func main() {}
