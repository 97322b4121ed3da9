package main

import "fmt"

type T struct{}

func (*T) String() string { return "" }

func main() {
	fmt.Println(T{})
	var s fmt.Stringer = T{}
	_ = s
}
