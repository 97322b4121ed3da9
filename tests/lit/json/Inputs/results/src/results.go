// Parameters that leak to results, at several levels and through several
// results.
package main

type Pair struct{ a, b *int }

func ident(p *int) *int { return p }

func first(p, q *int) (*int, *int) { return q, p }

func field(pp *Pair) *int { return pp.a }

func content(pp **int) *int { return *pp }

func both(p *int) (*int, bool) {
	if p == nil {
		return nil, false
	}
	return p, true
}

func named(p *int) (r *int) {
	r = p
	return
}

func toHeapAndResult(p *int) *int {
	global = p
	return p
}

var global *int

func main() {
	x, y := 1, 2
	_ = ident(&x)
	_, _ = first(&x, &y)
	_ = field(&Pair{&x, &y})
	px := &x
	_ = content(&px)
	_, _ = both(nil)
	_ = named(nil)
	z := 3
	_ = toHeapAndResult(&z)
}
