package main

func main() {
	x := 3
	_ = new(x)
}
