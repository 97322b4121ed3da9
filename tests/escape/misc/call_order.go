package p

var sink *int

// leaf declared last, called by everything
func top(p *int) { mid1(p); mid2(p) }

func mid2(q *int) { leaf(q) }

func mid1(r *int) {
	x := 1
	leaf(&x)
	_ = r
}

// independent function between callers
func alone() *int { return new(int) }

func leaf(s *int) { sink = s }

// caller of top, declared after all
func entry() {
	y := 2
	top(&y)
}
