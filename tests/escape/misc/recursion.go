package p

// self recursion returning a param
func last(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return last(p, n-1)
}

// mutual recursion: results leak to heap
func a(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return b(p, n-1)
}

func b(q *int, n int) *int {
	x := 0
	if n == 0 {
		return &x
	}
	return a(q, n-1)
}

// recursion through a struct
type node struct {
	left, right *node
}

func count(n *node) int {
	if n == nil {
		return 0
	}
	return 1 + count(n.left) + count(n.right)
}
