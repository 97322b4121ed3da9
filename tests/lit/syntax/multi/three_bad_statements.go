package main

func main() {
	a := 1 2
	b := (3
	c := [4]int{1, 2, 3, 4
	_, _, _ = a, b, c
}
