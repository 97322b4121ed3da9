package p

var sink interface{}

// empty literal kept local
func local() int {
	m := map[string]int{}
	m["x"] = 1
	return len(m)
}

// empty literal returned
func ret() map[string]*int {
	return map[string]*int{}
}

// empty literal to an interface sink
func toSink() {
	sink = map[int]int{}
}

// nil map: no allocation at all
func nilMap() map[string]int {
	var m map[string]int
	return m
}

// literal with constant entries, not escaping
func consts() int {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	return m["b"]
}
