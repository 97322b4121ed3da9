package p

// constant key converted to interface
func constKey(m map[interface{}]int) {
	m[1] = 2
}

// variable key converted to interface
func varKey(m map[interface{}]int, x int) {
	m[x] = 1
}

// pointer key converted to interface (no box)
func ptrKey(m map[interface{}]int, p *int) {
	m[p] = 1
}

// interface key lookup with a struct
type pt struct{ x, y int }

func lookup(m map[any]string, x int) string {
	return m[pt{x, x}]
}

// interface values
func values(m map[string]interface{}, s string, n int) {
	m["s"] = s
	m["n"] = n
	m["c"] = "const"
}
