// Closures: captured variables, nested closures, closures in loops.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	c := counter()
	c()
	total := 0
	add := func(k int) {
		total += k
		func() {
			total *= 2
			_ = c()
		}()
	}
	add(3)
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * total })
	}
	double := func(x int) int { return 2 * x }
	inc := func(x int) int { return x + 1 }
	fmt.Println(fs[2](), compose(double, inc)(5), total)
}
