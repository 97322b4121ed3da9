package p

// append to a slice stored as map value
func add(m map[string][]int, k string, x int) {
	m[k] = append(m[k], x)
}

// append pointers to a slice stored as map value
func addPtr(m map[string][]*int, k string, p *int) {
	m[k] = append(m[k], p)
}

// slice literal stored as map value in a local map
func local() int {
	m := map[int][]int{}
	m[0] = []int{1, 2, 3}
	return len(m[0])
}

// make stored as map value
func makeVal(m map[int][]byte, n int) {
	m[n] = make([]byte, n)
}

// return a map value slice
func get(m map[int][]string) []string {
	return m[1]
}

// constant-size make into a local map value
func constMake() int {
	m := make(map[int][]byte)
	m[0] = make([]byte, 8)
	return len(m)
}
