package p

var sink interface{}
var gs []int

// slice literal kept local
func local() int {
	s := []int{1, 2, 3}
	return s[0]
}

// slice literal returned
func ret() []string {
	return []string{"a", "b"}
}

// slice literal stored globally
func global() {
	gs = []int{4, 5}
}

// slice literal to interface: box and backing array
func toSink() {
	sink = []int{1}
}

// slice literal of pointers to locals
func ptrs() int {
	a, b := 1, 2
	s := []*int{&a, &b}
	return *s[1]
}

// nested slice literal
func nested() int {
	s := [][]int{{1}, {2, 3}}
	return len(s[1])
}
