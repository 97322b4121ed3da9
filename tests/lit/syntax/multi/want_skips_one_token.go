package main

var m map[string int

var n = 1

func main() {
	x := (1 + 2
	y := 3
	_ = []int{1, 2
	z := 4
}
