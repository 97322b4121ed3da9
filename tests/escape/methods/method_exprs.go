package p

type T struct{ p *int }

func (t T) M(q *int) *int  { return q }
func (t *T) PM(q *int) *int { return t.p }

// value method expression called
func valueExpr() int {
	x := 1
	return *T.M(T{}, &x)
}

// pointer method expression called
func ptrExpr() *int {
	t := &T{}
	return (*T).PM(t, nil)
}

// method expression stored in a variable
func stored() int {
	f := T.M
	y := 2
	return *f(T{}, &y)
}

// method expression of a value method through pointer type
func viaPtr(t *T) *int {
	return (*T).M(t, nil)
}
