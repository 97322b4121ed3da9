package p

var gm map[string]int

// variable reassigned between two makes; only the second escapes
func second() {
	m := make(map[string]int)
	m["a"] = 1
	m = make(map[string]int, 2)
	gm = m
}

// aliasing through a second variable
func alias() {
	m := map[string]int{}
	n := m
	gm = n
}

// set to nil after use
func nilAfter() int {
	m := make(map[int]int)
	m[0] = 1
	l := len(m)
	m = nil
	return l + len(m)
}

// conditional reassignment
func cond(b bool) map[int]int {
	m := map[int]int{}
	if b {
		m = make(map[int]int, 10)
	}
	return m
}
