package p

// constant values converted to interface inside a map literal
func consts() int {
	m := map[string]interface{}{"a": 1, "b": "s", "c": nil}
	return len(m)
}

// non-constant values converted to interface
func vars(x int, s string, p *int) map[string]interface{} {
	return map[string]interface{}{"x": x, "s": s, "p": p}
}

// interface keys
func ifaceKeys(x int) int {
	m := map[interface{}]int{x: 1, "k": 2, 3.5: 3}
	return len(m)
}

// struct value converted to interface in a literal
type S struct{ a, b int }

func structs(a int) map[int]any {
	return map[int]any{1: S{a, a}, 2: S{}}
}
