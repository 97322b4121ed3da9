package p

var sink interface{}

// nested map literal with elided inner types
func nested() int {
	m := map[string]map[string]int{"a": {"b": 1}, "c": {}}
	return len(m)
}

// map of slices literal
func mapOfSlices() map[string][]int {
	return map[string][]int{"a": {1, 2}, "b": []int{3}}
}

// map of slices of pointers
func mapOfPtrSlices(p *int) {
	m := map[int][]*int{0: {p}}
	sink = m
}

// slice of map literals
func sliceOfMaps() int {
	s := []map[int]int{{1: 2}, {3: 4}}
	return len(s)
}

// array of maps inside a map
func arrayValue(q *int) int {
	m := map[int][2]map[int]*int{0: {{1: q}, nil}}
	return len(m)
}
