package p

var sink interface{}

var gm map[string]int

// local make(map) that never leaves the function
func local() int {
	m := make(map[string]int)
	m["a"] = 1
	return m["a"]
}

// make(map) returned to the caller
func returned() map[string]int {
	m := make(map[string]int)
	m["b"] = 2
	return m
}

// make(map) stored in a global map variable
func toGlobal() {
	gm = make(map[string]int)
}

// make(map) converted to interface{} (pointer-shaped: no extra box)
func toSink() {
	sink = make(map[string]int)
}

// make(map) used only for len
func onlyLen() int {
	return len(make(map[int]bool))
}
