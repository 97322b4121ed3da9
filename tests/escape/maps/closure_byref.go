package p

var gf func()

// map variable reassigned after capture: captured by reference
func reassignedAfter() int {
	m := make(map[string]int)
	f := func() { m["a"] = 1 }
	m = make(map[string]int)
	f()
	return len(m)
}

// closure assigns the captured map variable
func assignInside() map[string]int {
	var m map[string]int
	func() {
		m = map[string]int{"x": 1}
	}()
	return m
}

// closure stored in a global captures a map by value
func global() {
	m := make(map[int]*int)
	gf = func() { _ = m[0] }
}

// address of the map variable taken: captured by reference
func addrTaken() int {
	m := map[int]int{}
	pm := &m
	f := func() int { return len(m) }
	(*pm)[1] = 2
	return f()
}

// reassigned before capture in straight-line code: still by value
func reassignedBefore() int {
	m := make(map[int]int)
	m = make(map[int]int, 4)
	f := func() int { return len(m) }
	return f()
}
