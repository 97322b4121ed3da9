package p

// array of maps, elements written
func arr() int {
	var a [2]map[string]int
	a[0] = make(map[string]int)
	a[1] = map[string]int{"x": 1}
	return len(a[0]) + len(a[1])
}

// array of maps returned by value
func ret() [2]map[int]int {
	return [2]map[int]int{{}, make(map[int]int)}
}

// pointer to array of maps
func ptr(pa *[2]map[int]*int, p *int) {
	pa[0][1] = p
}

// array of maps param: range over it
func sum(a [3]map[int]int) int {
	n := 0
	for _, m := range a {
		n += len(m)
	}
	return n
}
