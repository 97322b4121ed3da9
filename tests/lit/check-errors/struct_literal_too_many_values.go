package main

type P struct{ x, y int }

func main() {
	_ = P{1, 2, 3}
}
