package p

func use(p *int) {}

var sink *int

func leak(p *int) { sink = p }

// defer at top level with the address of a local
func top() {
	x := 1
	defer use(&x)
}

// defer in a loop with the address of a local
func loop(n int) {
	for i := 0; i < n; i++ {
		x := i
		defer use(&x)
	}
}

// defer of a leaking function
func leaking() {
	y := 1
	defer leak(&y)
}

// defer with no arguments
func noArgs() {
	defer println()
}

// defer of a method call on a local
type T struct{ n int }

func (t *T) Close() {}

func method() {
	var t T
	defer t.Close()
}
