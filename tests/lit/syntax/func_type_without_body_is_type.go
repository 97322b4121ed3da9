package main

func main() {
	f := func(x int) int
	_ = f
}
