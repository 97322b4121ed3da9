package p

var gpm *map[int]int

// pointer to a local map variable used locally
func local() int {
	m := map[int]int{}
	p := &m
	(*p)[1] = 1
	return len(*p)
}

// pointer to a local map variable returned
func ret() *map[int]int {
	m := make(map[int]int)
	return &m
}

// pointer to local map stored globally
func global() {
	var m map[int]int
	gpm = &m
	m = map[int]int{}
}

// double pointer indirection
func dbl(pp **map[string]*int, q *int) {
	(**pp)["q"] = q
}
