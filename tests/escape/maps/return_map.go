package p

// returns a fresh make
func mk() map[string]int {
	return make(map[string]int)
}

// named result assigned a literal
func named() (m map[string]*int) {
	m = map[string]*int{}
	return
}

// caller uses the returned map locally
func user() int {
	m := mk()
	m["a"] = 1
	return len(m)
}

// returns one of two maps
func pick(a, b map[int]int, first bool) map[int]int {
	if first {
		return a
	}
	return b
}

// two map results
func two() (map[int]int, map[string]int) {
	return map[int]int{}, make(map[string]int)
}

// map returned through a callee
func wrap(m map[int]*int) map[int]*int {
	return ident(m)
}

func ident(m map[int]*int) map[int]*int { return m }
