package p

type T struct{ v *int }

// receiver itself returned
func (t *T) Self() *T { return t }

// address of receiver field returned
func (t *T) Field() **int { return &t.v }

// value receiver address returned: receiver moves
func (t T) Addr() *T { return &t }

// chained calls on a local
func chain() int {
	x := 1
	t := T{v: &x}
	return *t.Self().Self().v
}

// receiver copy returned by value
func (t T) Copy() T { return t }
