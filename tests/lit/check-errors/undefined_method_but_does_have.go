package main

type T struct{}

func (T) String() string { return "" }

func main() {
	var t T
	_ = t.string()
}
