package p

var gp *string

// address of the range value kept in an outer variable
func addrValue(m map[string]int) int {
	var p *int
	for _, v := range m {
		p = &v
	}
	if p == nil {
		return 0
	}
	return *p
}

// address of the range key stored globally
func addrKey(m map[string]int) {
	for k := range m {
		gp = &k
	}
}

// address of range value used only inside the body
func inner(m map[int]int) int {
	s := 0
	for _, v := range m {
		p := &v
		s += *p
	}
	return s
}

// address of range value stored into another map
func collect(m map[int]int) map[int]*int {
	out := make(map[int]*int)
	for k, v := range m {
		out[k] = &v
	}
	return out
}
