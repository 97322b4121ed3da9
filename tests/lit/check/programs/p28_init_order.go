// Package initialization order: dependencies between package-level
// variables, init functions, functions referenced by initializers.
package main

import "fmt"

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

var total, count = sums()

func f() int {
	d++
	return d
}

func sums() (int, int) { return a + b, 2 }

func init() { d *= 10 }

func init() { count++ }

func main() {
	fmt.Println(a, b, c, d, total, count)
}
