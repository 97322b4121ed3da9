package p

const K = 16

var sink interface{}

// constant hint, does not escape
func hint10() int {
	m := make(map[int]int, 10)
	m[1] = 2
	return len(m)
}

// named constant hint spelled as an expression
func hintExpr() int {
	m := make(map[int]int, K*2)
	return len(m)
}

// large constant hint: still no size rule for maps
func hintLarge() int {
	m := make(map[int][64]byte, 1<<20)
	return len(m)
}

// constant hint, escaping through a global
func hintEscapes() {
	sink = make(map[string]*int, 8)
}

// zero hint
func hintZero() map[int]int {
	return make(map[int]int, 0)
}
