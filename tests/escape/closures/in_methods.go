package p

type T struct {
	n  int
	fs []func() int
}

// closure inside a pointer method capturing the receiver
func (t *T) adder() func() int {
	return func() int { return t.n }
}

// closure inside a value method capturing the receiver copy
func (t T) getter() func() int {
	return func() int { return t.n }
}

// closure in a method stored into the receiver
func (t *T) register() {
	t.fs = append(t.fs, func() int { return 1 })
}

// closure in a method called directly
func (t T) direct() int {
	return func() int { return t.n * 2 }()
}
