package main

import "fmt"

func main() {
	fmt.Println("hello", 42
	fmt.Println("world")
}
