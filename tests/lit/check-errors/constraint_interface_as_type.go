package main

type C interface {
	comparable
	M()
}

type N interface{ int }

var _ comparable
var _ interface{ comparable }
var _ C

func f(x N) []C { return nil }

type S struct{ c C }

func main() {
	var m map[N]int
	_ = m
}
