package main

var 1, x = 2, 3

const (
	a = iota
	3
	b
)

func main() {
	goto }
	L:
	)
	M: case
}
