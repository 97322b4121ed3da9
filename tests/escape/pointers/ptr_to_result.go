package p

type T struct {
	a *int
	b **int
}

// param leaks to result at level 0
func id(p *int) *int { return p }

// param leaks to result at level 1
func get(t *T) *int { return t.a }

// param leaks to result at level 2
func get2(t *T) *int { return *t.b }

// leaks to the second result only
func second(p, q *int) (*int, *int) { return nil, q }

// leaks to both heap and result
var g *int

func both(p *int) *int {
	g = p
	return p
}

// caller of id: local stays
func caller() int {
	x := 1
	return *id(&x)
}
