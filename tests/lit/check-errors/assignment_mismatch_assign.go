package main

func pair() (int, int) { return 1, 2 }

func main() {
	var x int
	x = pair()
	_ = x
}
