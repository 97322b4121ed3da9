package p

// constant size make, not escaping
func constSize() int {
	s := make([]int, 10)
	return len(s)
}

// non-constant size: heap regardless
func varSize(n int) int {
	s := make([]int, n)
	return len(s)
}

// non-constant len, constant cap
func constCap(n int) int {
	s := make([]int, n, 16)
	return len(s)
}

// exactly 64 KiB
func exact64k() int {
	s := make([]byte, 64<<10)
	return len(s)
}

// just over 64 KiB
func over64k() int {
	s := make([]int64, 8193)
	return len(s)
}

// zero-sized element type, huge count
func zeroElem() int {
	s := make([]struct{}, 1<<30)
	return len(s)
}
