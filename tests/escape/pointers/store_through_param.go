package p

// store address of a local through a param pointer
func storeLocal(pp **int) {
	x := 1
	*pp = &x
}

// store a param through another param
func storeParam(pp **int, p *int) {
	*pp = p
}

// store into a field through a pointer param
type T struct{ p *int }

func storeField(t *T, p *int) {
	t.p = p
}

// store into a field of a value param (dead store)
func storeValue(t T, p *int) {
	t.p = p
}

// caller passing a local's address
func caller() int {
	var p *int
	storeParam(&p, new(int))
	return *p
}
