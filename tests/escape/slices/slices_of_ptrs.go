package p

type T struct{ v int }

// slice of &T{} literals kept local
func local() int {
	s := []*T{{v: 1}, &T{v: 2}}
	return s[0].v + s[1].v
}

// store into slice element: value always leaks
func store(s []*T, t *T) {
	s[0] = t
}

// element read
func get(s []*T) *T {
	return s[0]
}

// pointer to a slice variable
func viaPtr(ps *[]*T, t *T) {
	*ps = append(*ps, t)
}

// slice of slices of pointers
func deep(s [][]*T) *T {
	return s[0][0]
}
