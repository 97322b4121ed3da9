package p

var gm map[string]*int

// address of a local stored into a local map
func local() int {
	m := map[string]*int{}
	x := 1
	m["x"] = &x
	return len(m)
}

// address of a param stored into a param map
func param(m map[string]*int, x int) {
	m["x"] = &x
}

// new(int) stored into a global map
func global() {
	gm["n"] = new(int)
}

// store a pointer read from one map into another
func move(dst, src map[string]*int) {
	dst["k"] = src["k"]
}

// store a pointer param into a map field of a pointer struct
type box struct{ m map[int]*int }

func (b *box) set(i int, p *int) {
	b.m[i] = p
}
