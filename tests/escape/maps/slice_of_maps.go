package p

// slice of maps kept local
func local() int {
	ms := make([]map[string]int, 0, 4)
	ms = append(ms, make(map[string]int))
	ms[0]["a"] = 1
	return len(ms)
}

// append a fresh map to a param slice
func grow(ms []map[string]int) []map[string]int {
	return append(ms, map[string]int{})
}

// index a slice of maps
func at(ms []map[string]*int, i int) *int {
	return ms[i]["k"]
}

// store into a slice element map
func put(ms []map[string]*int, p *int) {
	ms[0]["p"] = p
}

// range over slice of maps
func total(ms []map[string]int) int {
	n := 0
	for _, m := range ms {
		n += len(m)
	}
	return n
}
