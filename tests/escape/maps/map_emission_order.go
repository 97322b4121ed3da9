package p

var sink interface{}

// caller declared first; callees follow in reverse order
func build() map[string]*int {
	m := newMap()
	x := 1
	fill(m, &x)
	return wrap(m)
}

func wrap(m map[string]*int) map[string]*int {
	sink = len(m)
	return m
}

func fill(m map[string]*int, p *int) {
	m["p"] = p
}

func newMap() map[string]*int {
	return make(map[string]*int, 1)
}

// closure and map literal in the same function
func mixed() int {
	m := map[int]int{}
	f := func() { m[1] = 1 }
	f()
	return len(m)
}
