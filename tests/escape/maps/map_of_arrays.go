package p

// map with array-of-pointer values
func store(m map[int][2]*int, a, b *int) {
	m[0] = [2]*int{a, b}
}

// read an array value and index it
func get(m map[int][2]*int) *int {
	v := m[0]
	return v[1]
}

// range over array values
func all(m map[int][2]*int) []*int {
	var out []*int
	for _, v := range m {
		out = append(out, v[0], v[1])
	}
	return out
}
