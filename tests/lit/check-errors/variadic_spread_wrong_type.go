package main

func f(xs ...int) {}

func main() {
	ss := []string{"a"}
	f(ss...)
}
