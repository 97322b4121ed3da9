package p

type ring struct {
	next *ring
	val  int
}

var keep *ring

// value whose field points at itself, copied and then leaked
func selfRef() {
	var r ring
	r.next = &r
	c := r
	keep = &c
}

// two values pointing at each other through copies
func pairRef() {
	var a, b ring
	a.next = &b
	b = a
	keep = b.next
}

// chain of three copies with a back pointer
func chain3() *ring {
	var x, y, z ring
	x.next = &z
	y = x
	z = y
	return z.next
}
