package p

type Inner struct{ p *int }
type Outer struct {
	in  Inner
	pin *Inner
}

var gi *int

// field of a nested struct value gets an address
func nestedField(x int) Outer {
	var o Outer
	o.in.p = &x
	return o
}

// read through a pointer field
func through(o *Outer) *int {
	return o.pin.p
}

// whole struct field-insensitive: storing one field leaks all
func insensitive(o Outer) {
	gi = o.in.p
}

// pointer field assigned from &Inner{}
func assignInner(o *Outer) {
	o.pin = &Inner{}
}

// local struct with a pointer to another local
func local() int {
	x := 1
	o := Outer{in: Inner{p: &x}}
	return *o.in.p
}
