package main

func main() {
	s := "unterminated
	r := 'xy'
	n := 0x
	x := 1 2
	_ = n
	_, _, _ = s, r, x
}
