package p

var sink *int

// closure called directly, returns address of captured var
func direct() int {
	var u int
	*(func() *int { return &u }()) = 42
	return u
}

// same closure through a local: captured var moves
func viaLocal() int {
	var u int
	h := func() *int { return &u }
	*h() = 42
	return u
}

// closure called directly with an argument
func withArg(x int) {
	func(p *int) {
		sink = p
	}(&x)
}

// closure called directly that returns a new local
func newLocal() *int {
	return func() *int {
		w := 1
		return &w
	}()
}
