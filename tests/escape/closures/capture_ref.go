package p

// reassigned after capture: by reference
func after() int {
	x := 0
	f := func() int { return x }
	x = 1
	return f()
}

// assigned inside the closure
func inside() int {
	x := 0
	func() { x = 2 }()
	return x
}

// address taken: by reference
func addr() int {
	x := 1
	p := &x
	f := func() int { return x }
	*p = 3
	return f()
}

// increment inside a returned closure
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}
