package p

// closure created in a loop inside a closure
func outer(n int) []func() int {
	var fs []func() int
	add := func() {
		for i := 0; i < n; i++ {
			k := i
			fs = append(fs, func() int { return k })
		}
	}
	add()
	return fs
}

// closure capturing a variable declared in an enclosing loop
func loopVar(xs []int) int {
	s := 0
	for _, x := range xs {
		y := x * 2
		func() {
			s += y
		}()
	}
	return s
}
