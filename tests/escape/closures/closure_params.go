package p

var sink interface{}

// closure param leaking
func leaky() {
	f := func(p *int) { sink = p }
	x := 1
	f(&x)
}

// closure param returned
func ident() int {
	f := func(p *int) *int { return p }
	x := 2
	return *f(&x)
}

// closure with unnamed and blank params
func unnamed() {
	f := func(*int, *int) {}
	g := func(_ *int) {}
	g(nil)
	a, b := 1, 2
	f(&a, &b)
}

// closure results named
func namedRes() int {
	f := func(p *int) (r *int) {
		r = p
		return
	}
	x := 3
	return *f(&x)
}
