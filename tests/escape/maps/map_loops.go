package p

// map made inside a loop, kept local to the iteration
func perIter(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		m := make(map[int]int)
		m[i] = i
		s += len(m)
	}
	return s
}

// map made inside a loop, assigned to an outer variable
func outer(n int) int {
	var m map[int]int
	for i := 0; i < n; i++ {
		m = make(map[int]int)
		m[i] = i
	}
	return len(m)
}

// map of addresses of per-iteration variables
func addrs(n int) map[int]*int {
	m := map[int]*int{}
	for i := 0; i < n; i++ {
		x := i
		m[i] = &x
	}
	return m
}

// map literal in a labeled loop with continue
func labeled(keys []string) int {
	c := 0
outer:
	for _, k := range keys {
		m := map[string]bool{k: true}
		for kk := range m {
			if kk == "" {
				continue outer
			}
			c++
		}
	}
	return c
}
