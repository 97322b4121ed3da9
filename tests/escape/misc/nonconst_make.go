package p

// non-constant len
func lenOnly(n int) int {
	return len(make([]byte, n))
}

// constant len, non-constant cap
func capOnly(n int) int {
	return len(make([]byte, 1, n))
}

// non-constant len, constant cap
func lenVar(n int) int {
	return len(make([]byte, n, 8))
}

// typed constant too large for int32
func tooBig() int {
	return len(make([]struct{}, 1<<40))
}

// len from a local constant
func localConst() int {
	const n = 32
	return len(make([]int, n))
}
