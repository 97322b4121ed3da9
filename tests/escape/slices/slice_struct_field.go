package p

type S struct {
	items []*int
	name  string
}

// append to a field of a pointer struct
func (s *S) add(p *int) {
	s.items = append(s.items, p)
}

// return the field slice from a value receiver
func (s S) all() []*int {
	return s.items
}

// local struct holding a local slice
func local() int {
	x := 1
	s := S{items: []*int{&x}}
	return len(s.items)
}

// constructor returning pointer with made slice
func newS(n int) *S {
	return &S{items: make([]*int, 0, n)}
}
