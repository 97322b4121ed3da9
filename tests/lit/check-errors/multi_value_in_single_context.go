package main

func pair() (int, int) { return 1, 2 }

func main() {
	x := pair() + 1
	_ = x
}
