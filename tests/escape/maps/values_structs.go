package p

type T struct {
	p *int
	n int
}

// struct value with a pointer field stored into a map
func store(m map[string]T, x int) {
	m["x"] = T{p: &x, n: 1}
}

// struct value read out of a map, field returned
func field(m map[string]T) *int {
	t := m["x"]
	return t.p
}

// pointer-free struct values
type U struct{ a, b int }

func plain(m map[int]U) int {
	m[0] = U{1, 2}
	return m[0].a
}

// struct value built from a param pointer
func fromParam(m map[int]T, p *int) {
	m[1] = T{p, 0}
}

// map of *T: store &T{}
func ptrs(m map[int]*T) {
	m[0] = &T{}
}

// local map of struct values never escaping
func local() int {
	y := 3
	m := map[int]T{}
	m[0] = T{p: &y}
	return len(m)
}
