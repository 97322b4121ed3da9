package p

var sink interface{}

// callee declared after caller; closures in both
func caller() {
	x := 1
	f := func() { sink = &x }
	callee(f)
}

func callee(f func()) {
	g := func() { f() }
	g()
}

// closure calling a later top-level function
func early(p *int) {
	func() { later(p) }()
}

func later(q *int) { sink = q }
