package p

// map captured by value (never reassigned), closure called via local
func counter() int {
	m := make(map[string]int)
	inc := func(k string) { m[k]++ }
	inc("a")
	inc("b")
	return len(m)
}

// map captured by value in a returned closure
func getter() func(string) int {
	m := map[string]int{"a": 1}
	return func(k string) int { return m[k] }
}

// param map captured by value, closure called directly
func direct(m map[string]*int, p *int) {
	func() {
		m["p"] = p
	}()
}

// closure returns the captured map
func leakMap() map[int]int {
	m := make(map[int]int)
	f := func() map[int]int { return m }
	return f()
}
