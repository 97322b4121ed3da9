package p

type S struct {
	e interface{}
	n int
}

// interface slice literal
func slice(x int, s string) []interface{} {
	return []interface{}{x, s}
}

// keyed struct field
func keyed(x int) S {
	return S{e: x}
}

// positional struct field
func positional(x int) S {
	return S{x, 0}
}

// array of interfaces, local
func array(x int) int {
	a := [2]interface{}{x, nil}
	return len(a)
}

// local interface slice not escaping
func local(a, b int) int {
	s := []interface{}{a, b}
	return len(s)
}
