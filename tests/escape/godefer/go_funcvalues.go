package p

// go on a func param
func goParam(f func(*int), x int) {
	go f(&x)
}

// defer on a func param, no args
func deferParam(f func()) {
	defer f()
}

// go on a local closure variable with args
func goLocal() {
	f := func(p *int) {}
	y := 1
	go f(&y)
}

// defer on a closure variable with args at top level
func deferLocal() {
	f := func(p *int) {}
	z := 1
	defer f(&z)
}
