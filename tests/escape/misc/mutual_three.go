package p

var sink *int

// three-way mutual recursion
func r1(p *int, n int) {
	if n > 0 {
		r2(p, n-1)
	}
}

func r2(p *int, n int) {
	if n > 0 {
		r3(p, n-1)
	}
}

func r3(p *int, n int) {
	if n == 5 {
		sink = p
	}
	r1(p, n-1)
}

// non-recursive caller after the cycle
func start() {
	x := 1
	r1(&x, 10)
}
