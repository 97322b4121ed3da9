package p

var sink *int

// switch cases storing different locals
func pick(n int) *int {
	a, b := 1, 2
	switch n {
	case 0:
		return &a
	case 1:
		sink = &b
	}
	return nil
}

// switch with init statement
func init2(n int) int {
	switch x := n * 2; {
	case x > 10:
		p := &x
		return *p
	}
	return 0
}

// fallthrough
func fall(n int) int {
	s := 0
	switch n {
	case 0:
		s++
		fallthrough
	case 1:
		s++
	}
	return s
}
