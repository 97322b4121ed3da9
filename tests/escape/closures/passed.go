package p

func apply(f func(int) int, x int) int { return f(x) }

var saved func()

func save(f func()) { saved = f }

func noop(f func()) {}

// closure passed to a function that calls it
func toApply(y int) int {
	return apply(func(x int) int { return x + y }, 1)
}

// closure passed to a function that stores it
func toSave() {
	z := 0
	save(func() { z++ })
}

// closure passed to a function that ignores it
func toNoop(p *int) {
	noop(func() { _ = *p })
}

// named function passed
func named() int {
	return apply(double, 2)
}

func double(x int) int { return 2 * x }
