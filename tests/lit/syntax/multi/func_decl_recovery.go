package main

func 42() {
	var inner int
}

func (r T) 7 {}

func g(a int b int) {}

func h(a, b int, c) {}

func main() {}
