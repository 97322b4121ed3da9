package p

import "fmt"

func vargs(ps ...*int) {}

var sink []*int

func keep(ps ...*int) { sink = ps }

// defer a variadic call at top level
func deferV() {
	a, b := 1, 2
	defer vargs(&a, &b)
}

// go a variadic call
func goV() {
	c := 3
	go vargs(&c)
}

// defer a leaking variadic call
func deferKeep() {
	d := 4
	defer keep(&d)
}

// defer fmt.Println with values
func deferPrint(x int, s string) {
	defer fmt.Println(x, s)
}

// go fmt.Printf
func goPrintf(n int) {
	go fmt.Printf("%d\n", n)
}
