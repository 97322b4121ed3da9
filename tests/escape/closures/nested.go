package p

// nested closures capturing an outer variable
func nest() int {
	x := 1
	f := func() int {
		g := func() int { return x }
		return g()
	}
	return f()
}

// inner closure escapes, outer called directly
func innerEsc() func() int {
	var r func() int
	y := 2
	func() {
		r = func() int { return y }
	}()
	return r
}

// three levels, innermost modifies
func three() int {
	n := 0
	func() {
		func() {
			func() { n++ }()
		}()
	}()
	return n
}

// nested closure returns address of middle closure's local
func middle() *int {
	f := func() *int {
		m := 1
		g := func() *int { return &m }
		return g()
	}
	return f()
}
