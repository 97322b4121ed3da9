package main

func main() {
	x := 5
	_ = len(x)
}
