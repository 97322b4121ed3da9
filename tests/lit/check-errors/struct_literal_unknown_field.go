package main

type P struct{ x, y int }

func main() {
	_ = P{x: 1, z: 2}
}
