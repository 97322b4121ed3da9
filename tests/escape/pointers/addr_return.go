package p

// address of a local returned
func local() *int {
	x := 1
	return &x
}

// address of a param returned
func param(x int) *int {
	return &x
}

// address of a named result returned
func named() (r int, p *int) {
	p = &r
	return
}

// address taken but only dereferenced locally
func noEscape() int {
	x := 2
	p := &x
	return *p
}

// address of a struct field returned
type T struct{ a, b int }

func field() *int {
	var t T
	return &t.b
}
