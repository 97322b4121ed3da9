package main

type T struct{}

func main() {
	var t T
	_ = t[1:2]
}
