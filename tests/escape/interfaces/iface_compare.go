package p

// comparing interface with a concrete value
func isOne(e interface{}) bool {
	return e == 1
}

// comparing two interfaces
func same(a, b interface{}) bool {
	return a == b
}

// comparing interface with a local var
func isX(e interface{}, x int) bool {
	return e == x
}

// interface used as a map key lookup
func lookup(m map[interface{}]int, x string) int {
	return m[x]
}
