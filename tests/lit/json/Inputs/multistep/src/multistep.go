// Multi-step flows: values that reach the heap through several variables,
// struct fields, slices, append and temporaries.
package main

type Node struct {
	val  *int
	kids []*Node
}

var root *Node
var bucket [][]*int

func steps() {
	x := 1
	a := &x
	b := a
	c := b
	root = &Node{val: c}
}

func viaSlice() {
	y := 2
	s := []*int{&y}
	t := s
	bucket = append(bucket, t)
}

func viaAppend(n *Node) {
	k := &Node{}
	n.kids = append(n.kids, k)
	root = n
}

func twice(p *int) *int { return p }

func viaCalls() *int {
	z := 3
	return twice(twice(&z))
}

func viaTemp() {
	w := 4
	q := twice(&w)
	root = &Node{val: q}
}

func main() {
	steps()
	viaSlice()
	viaAppend(&Node{})
	_ = viaCalls()
	viaTemp()
}
