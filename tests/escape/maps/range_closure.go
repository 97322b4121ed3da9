package p

// closures capturing range key and value, appended to a slice
func funcs(m map[string]int) []func() string {
	var fs []func() string
	for k, v := range m {
		fs = append(fs, func() string {
			if v > 0 {
				return k
			}
			return ""
		})
	}
	return fs
}

// copy of the range value captured instead
func copies(m map[int]*int) []func() *int {
	var fs []func() *int
	for _, v := range m {
		x := v
		fs = append(fs, func() *int { return x })
	}
	return fs
}

// closure called immediately inside the loop
func direct(m map[int]int) int {
	s := 0
	for k, v := range m {
		func() { s += k * v }()
	}
	return s
}

// closure over the whole map, inside a range over it
func self(m map[int]int) int {
	n := 0
	for k := range m {
		f := func() int { return m[k] }
		n += f()
	}
	return n
}
