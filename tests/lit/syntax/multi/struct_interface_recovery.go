package main

type S struct {
	a int
	42
	b, c string d
	*(T
	e.f
}

type I interface {
	m()
	43
	n() int x
}

func main() {}
