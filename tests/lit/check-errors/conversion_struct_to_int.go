package main

type T struct{}

func main() {
	var t T
	_ = float64(t)
}
