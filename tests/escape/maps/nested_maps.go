package p

// get-or-create inner map, storing a pointer param
func put(m map[string]map[string]*int, k1, k2 string, p *int) {
	inner := m[k1]
	if inner == nil {
		inner = make(map[string]*int)
		m[k1] = inner
	}
	inner[k2] = p
}

// two-level read
func get(m map[string]map[string]*int, k1, k2 string) *int {
	return m[k1][k2]
}

// local nested map built and only measured
func build(n int) int {
	m := make(map[int]map[int]int)
	for i := 0; i < n; i++ {
		m[i] = make(map[int]int)
		m[i][i] = i
	}
	return len(m)
}

// inner map returned from a nested lookup
func inner(m map[int]map[int]*int) map[int]*int {
	return m[0]
}

// three levels of nesting in one literal
func three() int {
	m := map[int]map[int]map[int]bool{1: {2: {3: true}}}
	return len(m[1][2])
}
