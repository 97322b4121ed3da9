package p

// type switch with a map clause returning the map
func asMap(e interface{}) map[string]*int {
	switch v := e.(type) {
	case map[string]*int:
		return v
	case map[string]int:
		return nil
	}
	return nil
}

// type assertion to a map type
func assert(e interface{}) int {
	return len(e.(map[int]int))
}

// comma-ok assertion
func tryMap(e any) (map[string]bool, bool) {
	m, ok := e.(map[string]bool)
	return m, ok
}

// switch on a map converted to interface locally
func local() int {
	var e interface{} = map[int]int{1: 2}
	switch m := e.(type) {
	case map[int]int:
		return len(m)
	default:
		return 0
	}
}
