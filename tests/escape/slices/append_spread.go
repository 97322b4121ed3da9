package p

// spread of an int slice
func concat(a, b []int) []int {
	return append(a, b...)
}

// spread of a pointer slice
func concatPtr(a, b []*int) []*int {
	return append(a, b...)
}

// spread of a string into a byte slice
func addStr(b []byte, s string) []byte {
	return append(b, s...)
}

// spread of a literal
func lit(a []*int, p *int) []*int {
	return append(a, []*int{p, p}...)
}

// copy idiom: append to nil
func clone(s []string) []string {
	return append([]string(nil), s...)
}
