package p

var gm = make(map[string]*int)
var gl = map[string]int{"a": 1}
var gp map[*int]bool

// store the address of a local into a global map
func storeLocal() {
	x := 1
	gm["x"] = &x
}

// store a param into a global map
func storeParam(p *int) {
	gm["p"] = p
}

// read from a global map
func read() *int {
	return gm["x"]
}

// replace the global map
func replace() {
	gp = make(map[*int]bool, 4)
}

// pointer keys of a global map
func key(p *int) {
	gp[p] = true
}

// delete from a global map with a pointer key
func del(p *int) {
	delete(gp, p)
}
