package main

func f(x int, b,
//line other.go:10
	c 1) {}

func main() {
	x := 1 2
//line other.go:100
	y := 3 4
	z := /*line inl.go:7:3*/ 5 6
//line :50:9
	w := 7 8
//line last.go:20:1
	v := 9 10
}
