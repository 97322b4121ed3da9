package p

// two pointer results from params
func pair(a, b *int) (*int, *int) {
	return a, b
}

// caller splitting results
func split() int {
	x, y := 1, 2
	p, q := pair(&x, &y)
	return *p + *q
}

// results forwarded to a call
func sum(a, b *int) int { return *a + *b }

func forward() int {
	x, y := 1, 2
	return sum(pair(&x, &y))
}

// results returned directly
func passthrough(a, b *int) (*int, *int) {
	return pair(b, a)
}

// eight results: the eighth leaks to heap
func many(a, b, c, d, e, f, g, h *int) (r1, r2, r3, r4, r5, r6, r7, r8 *int) {
	return a, b, c, d, e, f, g, h
}
