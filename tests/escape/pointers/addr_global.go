package p

var gp *int
var gpp **int

// address of local stored to a global
func store() {
	x := 1
	gp = &x
}

// param address stored to a global
func param(y int) {
	gp = &y
}

// pointer param stored to a global
func ptrParam(p *int) {
	gp = p
}

// pointer to pointer: only the outer level stored
func level(p *int) {
	gpp = &p
}

// pointer read from a global and dereferenced: nothing escapes
func read() int {
	return *gp
}
