package main

func main() {
	x := undefinedThing
	y := x + 1
	z := y * 2
	_ = z.field
	var w int = z
	_ = w
}
