package p

// address of a loop-body variable kept in an outer variable
func outer(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		x := i
		p = &x
	}
	return *p
}

// outer variable declared inside the loop too
func inner(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		var p *int
		x := i
		p = &x
		s += *p
	}
	return s
}

// address of the loop counter
func counter(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		p = &i
	}
	return *p
}

// address of a range value variable
func rangeVar(s []int) int {
	var p *int
	for _, v := range s {
		p = &v
	}
	return *p
}
