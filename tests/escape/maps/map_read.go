package p

var sink *int

// returned value of a lookup
func get(m map[string]*int, k string) *int {
	p := m[k]
	return p
}

// deref of the lookup
func getVal(m map[string]*int, k string) int {
	return *m[k]
}

// lookup result stored to a global
func toGlobal(m map[string]*int) {
	sink = m["g"]
}

// lookup in a local map holding a local address
func localRead() int {
	x := 5
	m := map[int]*int{0: &x}
	p := m[0]
	return *p
}

// lookup of slice value, then index
func sliceVal(m map[int][]*int) *int {
	return m[0][1]
}
