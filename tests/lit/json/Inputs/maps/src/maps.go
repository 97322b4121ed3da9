// Maps: literals, keys and values that leak, maps of pointers.
package main

var sink map[string]*int

func literalEscapes() map[string]int {
	m := map[string]int{"a": 1}
	return m
}

func literalLocal() int {
	m := map[string]int{"a": 1, "b": 2}
	return len(m)
}

func keyLeaks(k string, v int) map[string]int {
	m := make(map[string]int)
	m[k] = v
	return m
}

func pointerValues(p *int) {
	m := map[string]*int{}
	m["p"] = p
	sink = m
}

func makeLocal() {
	m := make(map[int]int, 8)
	m[1] = 2
	_ = m
}

func lookup(m map[string]*int, k string) *int {
	return m[k]
}

func rangeOver(m map[*int]*int) {
	for k, v := range m {
		sink["k"] = k
		_ = v
	}
}

func main() {
	_ = literalEscapes()
	_ = literalLocal()
	_ = keyLeaks("x", 1)
	x := 1
	pointerValues(&x)
	makeLocal()
	_ = lookup(nil, "k")
	rangeOver(nil)
}
