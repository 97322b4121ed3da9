package p

var gp *int
var gok bool

// comma-ok into new variables
func lookup(m map[string]*int, k string) (*int, bool) {
	v, ok := m[k]
	return v, ok
}

// comma-ok into a global
func intoGlobal(m map[string]*int) {
	gp, gok = m["x"]
}

// comma-ok with blank value
func has(m map[*int]bool, p *int) bool {
	_, ok := m[p]
	return ok
}

// comma-ok into existing locals, declared earlier
func existing(m map[int]*int) int {
	var v *int
	var ok bool
	v, ok = m[1]
	if !ok {
		return 0
	}
	return *v
}

// comma-ok in an if statement
func inIf(m map[string][]byte) []byte {
	if b, ok := m["k"]; ok {
		return b
	}
	return nil
}
