package main

func main() {
	f := 2.0
	x := 1
	_ = f << x
}
