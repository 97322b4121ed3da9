package main

type P struct{ x, y, z int }

func main() {
	_ = P{1, 2}
}
