package p

type Handler func(*int) *int

// method on a func type calling itself
func (h Handler) Call(p *int) *int { return h(p) }

// method value on a func type
func wrap(h Handler) func(*int) *int {
	return h.Call
}

// conversion of a closure to a named func type
func mk() Handler {
	return Handler(func(p *int) *int { return p })
}

// calling a method on a converted closure
func use() int {
	h := Handler(func(p *int) *int { return p })
	x := 1
	return *h.Call(&x)
}
