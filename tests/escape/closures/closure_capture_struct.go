package p

type T struct {
	p *int
	a [4]int
}

// capture a struct with a pointer field by value
func byValue(x *int) func() *int {
	t := T{p: x}
	return func() *int { return t.p }
}

// capture a struct and assign its field inside
func assign(x *int) *int {
	var t T
	func() { t.p = x }()
	return t.p
}

// capture a struct and take a field address
func fieldAddr() *int {
	var t T
	f := func() *int { return &t.a[0] }
	return f()
}
