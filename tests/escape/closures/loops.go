package p

// closures created in a loop and collected
func collect(n int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		fs = append(fs, func() int { return i })
	}
	return fs
}

// per-iteration copy captured
func copies(n int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		j := i
		fs = append(fs, func() int { return j })
	}
	return fs
}

// closure in loop called immediately
func immediate(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		func() { s += i }()
	}
	return s
}

// closure in loop via local variable
func viaLocal(xs []int) int {
	s := 0
	for _, x := range xs {
		f := func() { s += x }
		f()
	}
	return s
}
