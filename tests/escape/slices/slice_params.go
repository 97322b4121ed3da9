package p

var g []int

// slice param returned
func id(s []int) []int { return s }

// slice param stored globally
func keep(s []int) { g = s }

// slice param only indexed
func first(s []int) int { return s[0] }

// element of a []*int returned: content leaks to result
func elem(s []*int) *int { return s[0] }

// variadic param returned
func vargs(xs ...int) []int { return xs }

// variadic call with args
func callV() int {
	return len(vargs(1, 2, 3))
}

// variadic spread call
func callSpread(s []int) []int {
	return vargs(s...)
}
