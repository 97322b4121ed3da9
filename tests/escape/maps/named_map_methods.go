package p

type M map[string]*int

// value receiver storing a pointer param
func (m M) Set(k string, v *int) {
	m[k] = v
}

// value receiver reading
func (m M) Get(k string) *int {
	return m[k]
}

// pointer receiver reallocating the map
func (m *M) Reset() {
	*m = make(M)
}

// value receiver returning itself
func (m M) Self() M {
	return m
}

// local named map used through its methods
func use() int {
	m := M{}
	x := 1
	m.Set("x", &x)
	m.Reset()
	return len(m.Self())
}

// conversion from unnamed map type
func conv(raw map[string]*int) M {
	return M(raw)
}
