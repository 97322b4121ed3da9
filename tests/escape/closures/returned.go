package p

// returned closure capturing a param
func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

// returned closure capturing a pointer
func getter(p *int) func() *int {
	return func() *int { return p }
}

// returned closure capturing a local slice
func appender() func(int) []int {
	var s []int
	return func(x int) []int {
		s = append(s, x)
		return s
	}
}

// closure returned through a named result
func named() (f func() int) {
	y := 2
	f = func() int { return y }
	return
}
