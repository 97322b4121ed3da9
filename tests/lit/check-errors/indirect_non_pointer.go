package main

func main() {
	x := 3
	_ = *x
}
