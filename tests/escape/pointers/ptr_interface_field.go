package p

type holder struct {
	v interface{}
	p *int
}

var gh holder

// pointer stored into an interface field of a local struct
func local() bool {
	x := 1
	h := holder{v: &x}
	return h.v.(*int) == nil
}

// int stored into an interface field: boxed
func boxed(n int) holder {
	return holder{v: n}
}

// struct with interface field stored globally
func global(p *int) {
	gh = holder{v: p, p: p}
}

// assertion back to a pointer from a param struct
func unbox(h *holder) *int {
	return h.v.(*int)
}
