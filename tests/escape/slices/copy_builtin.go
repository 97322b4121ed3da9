package p

// copy ints
func ints(dst, src []int) int {
	return copy(dst, src)
}

// copy pointers: source content leaks
func ptrs(dst, src []*int) {
	copy(dst, src)
}

// copy from a string
func str(dst []byte, s string) int {
	return copy(dst, s)
}

// copy into a local make
func local(src []*int) int {
	dst := make([]*int, len(src))
	copy(dst, src)
	return len(dst)
}

// copy into a local constant-size make
func localConst(src []int) int {
	dst := make([]int, 4)
	return copy(dst, src)
}
