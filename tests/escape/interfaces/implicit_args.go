package p

var sink interface{}

func use(e interface{})       { sink = e }
func use2(a, b interface{})   { sink = a; sink = b }
func usev(es ...interface{})  { sink = es }
func noesc(e interface{}) int { return 0 }

// variable argument converted at the call
func args(x, y int) {
	use(x)
	use2(x, y)
}

// expression arguments converted at their own positions
func exprs(x int, s S) {
	use(x + 1)
	use(s.a)
	use(S{})
	use(get())
}

// variadic interface args
func variadic(x int) {
	usev(x, "s", 1)
}

// non-escaping interface param
func noEscape(x int) int {
	return noesc(x)
}

type S struct{ a int }

func get() int { return 1 }
