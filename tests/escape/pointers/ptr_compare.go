package p

// comparing pointers does not leak them
func eq(a, b *int) bool {
	return a == b
}

// nil check only
func isNil(p *int) bool {
	return p == nil
}

// address compared against a param
func isX(p *int) bool {
	x := 1
	return p == &x
}

// sum through a slice of pointers: only reads
func sum(ps []*int) int {
	s := 0
	for _, p := range ps {
		s += *p
	}
	return s
}
