package main

import "fmt"

type T struct{}

func main() {
	var s fmt.Stringer
	_ = s.(T)
}
