package p

var g *int

// mix of leaking, returned and non-escaping params
func mix(a, b, c *int, d **int) *int {
	g = a
	*d = c
	return b
}

// caller with locals in every position
func caller() int {
	w, x, y := 1, 2, 3
	var z *int
	r := mix(&w, &x, &y, &z)
	return *r + *z
}

// param only compared
func same(a, b *int) bool { return a == b || *a == *b }
