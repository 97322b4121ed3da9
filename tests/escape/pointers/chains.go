package p

var sink **int
var sink1 *int

// &&-chain: &p where p = &x
func chain2() {
	x := 1
	p := &x
	sink = &p
}

// deref of a double pointer stored
func deref2(pp **int) {
	sink1 = *pp
}

// triple pointer content leak
func deref3(ppp ***int) {
	sink = *ppp
}

// two-level content leak
func content(ppp ***int) {
	sink1 = **ppp
}

// address of a pointer dereference
func addrDeref(p *int) *int {
	return &*p
}

// pointer chain returned at level 1
func level1(pp **int) *int {
	return *pp
}
