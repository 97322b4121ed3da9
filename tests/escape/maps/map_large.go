package p

type big [1 << 16]byte

// map with a large value type: no size rule for maps
func bigValues() int {
	m := make(map[int]big)
	return len(m)
}

// map literal with many entries
func many() int {
	m := map[int]string{1: "a", 2: "b", 3: "c", 4: "d", 5: "e", 6: "f", 7: "g", 8: "h", 9: "i", 10: "j"}
	return len(m)
}

// huge hint, not escaping
func hugeHint() int {
	m := make(map[int]int, 1<<30)
	return len(m)
}

// large array value read out of a map into a local
func readBig(m map[int]big) byte {
	v := m[0]
	return v[0]
}

// map holding a pointer to a large array
func bigPtr() int {
	m := map[int]*big{0: new(big)}
	return len(m)
}
