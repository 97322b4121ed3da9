package p

// pointer keys and values stored into a local map: both leak (map storage is heap)
func storeLocal() int {
	m := make(map[*int]*int)
	x, y := 1, 2
	m[&x] = &y
	return len(m)
}

// params stored as keys and values of a local map
func storeParams(k, v *int) {
	m := make(map[*int]*int)
	m[k] = v
}

// store into a param map
func storeInto(m map[*int]*int, k, v *int) {
	m[k] = v
}

// lookup with a pointer key does not leak the key
func lookup(m map[*int]*int, k *int) *int {
	return m[k]
}

// new(int) as key and value
func storeNew(m map[*int]*int) {
	m[new(int)] = new(int)
}
