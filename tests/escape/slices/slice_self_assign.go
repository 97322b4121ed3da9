package p

type buf struct {
	b1 []byte
	b2 []byte
	n  int
}

// reslice of a field into another field through a pointer
func shift(p *buf) {
	p.b1 = p.b2[1:2]
}

// reslice through pointer to slice
func drop(sp *[]int) {
	*sp = (*sp)[1:]
}

// element self-copy
func elems(s []*int, i int) {
	s[i] = s[i+1]
}

// field self-copy through a pointer
func fields(p *buf) {
	p.b1 = p.b2
}
