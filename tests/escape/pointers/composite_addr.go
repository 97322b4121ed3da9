package p

type T struct {
	name string
	next *T
}

var gt *T

// &T{} local
func local() string {
	t := &T{name: "a"}
	return t.name
}

// &T{} with a nested &T{} returned
func nested() *T {
	return &T{name: "a", next: &T{name: "b"}}
}

// &T{} stored to global, inner field from param
func global(n *T) {
	gt = &T{next: n}
}

// &[3]int{} array pointer literal
func arrayPtr() *[3]int {
	return &[3]int{1, 2, 3}
}

// &struct{...}{} anonymous struct pointer
func anon() int {
	p := &struct{ x, y int }{1, 2}
	return p.x + p.y
}
