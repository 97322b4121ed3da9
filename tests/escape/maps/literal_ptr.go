package p

type T struct{ p *int }

// pointer keys and values in a literal always flow to the heap
func ptrKV() int {
	a, b := 1, 2
	m := map[*int]*int{&a: &b}
	return len(m)
}

// params as literal key/value
func params(k, v *int) map[*int]*int {
	return map[*int]*int{k: v}
}

// &T{} as a map literal value
func structPtrValue() int {
	m := map[string]*T{"a": &T{}, "b": {}}
	return len(m)
}

// literal value taking the address of a parameter
func addrParam(x int) map[string]*int {
	return map[string]*int{"x": &x}
}

// struct values holding pointers
func structValue(p *int) int {
	m := map[int]T{1: {p: p}}
	return len(m)
}
