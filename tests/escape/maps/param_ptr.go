package p

var g *map[string]int

// write through *map
func set(pm *map[string]int) {
	(*pm)["a"] = 1
}

// replace the map behind the pointer
func reset(pm *map[string]*int) {
	*pm = make(map[string]*int)
}

// return the pointed-to map
func deref(pm *map[string]*int) map[string]*int {
	return *pm
}

// *map stored globally
func keep(pm *map[string]int) {
	g = pm
}

// address of a local map passed down
func caller() int {
	m := map[string]int{}
	set(&m)
	return len(m)
}

// address of a local map stored globally
func callerLeak() {
	var m map[string]int
	keep(&m)
}

// new(map[...]...)
func newMap() *map[string]int {
	pm := new(map[string]int)
	*pm = map[string]int{"a": 1}
	return pm
}
