package p

var gp *int

// deferred closure at top level
func top() int {
	x := 1
	defer func() { x++ }()
	return x
}

// deferred closure in a loop
func loop(n int) {
	for i := 0; i < n; i++ {
		defer func() { gp = nil }()
	}
}

// deferred closure with an argument
func arg() {
	y := 2
	defer func(p *int) { *p = 3 }(&y)
}

// deferred closure with an argument in a loop
func argLoop(n int) {
	for i := 0; i < n; i++ {
		z := i
		defer func(p *int) { _ = *p }(&z)
	}
}
