package p

// swap two pointer variables through pointers
func swap(a, b **int) {
	*a, *b = *b, *a
}

// caller swaps locals
func caller() int {
	x, y := 1, 2
	px, py := &x, &y
	swap(&px, &py)
	return *px
}

// returning either of two params
func either(a, b *int, first bool) *int {
	if first {
		return a
	}
	return b
}

// multiple results from pointer params
func both(a, b *int) (*int, *int) {
	return b, a
}
