package p

var gp *int

// range values stored globally
func values(s []*int) {
	for _, v := range s {
		gp = v
	}
}

// index only
func count(s []*int) int {
	n := 0
	for i := range s {
		n += i
	}
	return n
}

// address of slice element
func addrElem(s []int) {
	for i := range s {
		gp = &s[i]
	}
}

// range over an array value
func arr(a [3]*int) *int {
	for _, v := range a {
		if v != nil {
			return v
		}
	}
	return nil
}

// range over a pointer to array
func ptrArr(pa *[3]*int) *int {
	for _, v := range pa {
		return v
	}
	return nil
}
