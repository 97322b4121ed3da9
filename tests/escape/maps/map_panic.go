package p

// panic with a map value
func panicMap() {
	m := map[string]int{"a": 1}
	panic(m)
}

// panic with a looked-up string
func panicVal(m map[int]string) {
	panic(m[0])
}

// recover and convert to a map
func rec() (m map[string]int) {
	defer func() {
		if r := recover(); r != nil {
			m, _ = r.(map[string]int)
		}
	}()
	panicMap()
	return nil
}
