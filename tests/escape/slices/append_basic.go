package p

var gs []*int

// append ints to a local slice
func local() int {
	var s []int
	s = append(s, 1, 2, 3)
	return len(s)
}

// append pointer to a param slice, returned
func addPtr(s []*int, p *int) []*int {
	return append(s, p)
}

// append an address of a local to a global
func toGlobal() {
	x := 1
	gs = append(gs, &x)
}

// append to a made slice with capacity
func withCap() int {
	s := make([]*int, 0, 4)
	y := 2
	s = append(s, &y)
	return len(s)
}

// append result discarded into a new variable
func twice(s []int) []int {
	t := append(s, 1)
	u := append(t, 2)
	return u
}
