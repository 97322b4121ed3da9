package main

type T struct{ Name string }

func main() {
	var t T
	_ = t.name
}
