package p

// delete with a pointer key: key does not escape
func del(m map[*int]int, p *int) {
	delete(m, p)
}

// delete with the address of a local
func delLocal(m map[*int]int) {
	x := 1
	delete(m, &x)
}

// len of a param map
func size(m map[string]*int) int {
	return len(m)
}

// delete all keys while ranging
func clear(m map[string]*int) {
	for k := range m {
		delete(m, k)
	}
}

// delete from a local map
func local() int {
	m := map[int]int{1: 1, 2: 2}
	delete(m, 1)
	return len(m)
}
