package p

var gm map[string]*int
var sink interface{}

// read only: does not escape
func read(m map[string]*int) *int {
	return m["a"]
}

// write a non-pointer: does not escape
func write(m map[string]int) {
	m["a"] = 1
}

// map param stored to a global: leaks
func leak(m map[string]*int) {
	gm = m
}

// map param returned
func ident(m map[string]*int) map[string]*int {
	return m
}

// len only
func size(m map[int]int) int {
	return len(m)
}

// map param converted to interface
func toIface(m map[string]bool) {
	sink = m
}

// map param stored into another param map's value
func chain(m map[string]map[string]int, n map[string]int) {
	m["n"] = n
}
