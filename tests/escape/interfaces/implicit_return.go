package p

// return an int as interface
func ret(x int) interface{} {
	return x
}

// return an expression as interface
func expr(x int) interface{} {
	return x * 2
}

// return a constant as interface
func constant() interface{} {
	return 1
}

// two interface results
func two(x int) (interface{}, interface{}) {
	return x, x + 1
}

// return a pointer as interface: no box
func ptr(p *int) interface{} {
	return p
}

// return an error from a string
type strErr string

func (e strErr) Error() string { return string(e) }

func mkErr(s string) error {
	return strErr(s)
}
