package p

var sink interface{}
var gp *int

// value variable stored to a global
func values(m map[string]*int) {
	for _, v := range m {
		gp = v
	}
}

// key variable only
func keys(m map[*int]bool) int {
	n := 0
	for k := range m {
		if k != nil {
			n++
		}
	}
	return n
}

// return a value from inside the loop
func first(m map[int]*int) *int {
	for _, v := range m {
		return v
	}
	return nil
}

// key converted to interface
func keysToSink(m map[string]int) {
	for k, v := range m {
		sink = k
		_ = v
	}
}

// range over a local map literal
func local() int {
	s := 0
	for k, v := range map[int]int{1: 2} {
		s += k + v
	}
	return s
}
