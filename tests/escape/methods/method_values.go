package p

type T struct{ p *int }

func (t T) M() *int   { return t.p }
func (t *T) PM() *int { return t.p }

var gf func() *int

// method value on value receiver, local
func localValue() int {
	x := 1
	t := T{&x}
	f := t.M
	return *f()
}

// method value on pointer receiver stored globally
func globalPtr(t *T) {
	gf = t.PM
}

// method value of a composite literal
func lit() {
	gf = T{}.M
}

// method value on address of a literal
func litPtr() {
	gf = (&T{}).PM
}

// method value passed to a function
func pass(t T) int {
	return call(t.M)
}

func call(f func() *int) int { return *f() }
