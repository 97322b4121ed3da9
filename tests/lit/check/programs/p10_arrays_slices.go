// Arrays and slices: literals with indices, slicing, copy, append, 3-index slices.
package main

import "fmt"

func sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func main() {
	a := [...]int{1, 2, 3, 9: 10}
	s := a[2:5]
	t := s[:1:2]
	t = append(t, 100, 200)
	u := make([]int, len(a))
	n := copy(u, a[:])
	grid := [3][3]rune{}
	grid[1][1] = 'x'
	p := &a
	for i := range p {
		p[i]++
	}
	b := []byte("hello")
	b = append(b, " world"...)
	fmt.Println(len(a), cap(s), t, n, sum(u...), sum(1, 2), string(b), grid[1][1])
}
