package p

// var-declared closure
func varDecl() int {
	var f = func(a, b int) int { return a + b }
	return f(1, 2)
}

// two closures in one multi-assign
func pair() int {
	f, g := func() int { return 1 }, func() int { return 2 }
	return f() + g()
}

// closure returning closure
func curry(a int) func(int) func(int) int {
	return func(b int) func(int) int {
		return func(c int) int { return a + b + c }
	}
}
