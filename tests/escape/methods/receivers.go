package p

type T struct {
	p *int
	n int
}

var gp *int

// value receiver field returned
func (t T) Get() *int { return t.p }

// pointer receiver field returned
func (t *T) PGet() *int { return t.p }

// pointer receiver stored globally
func (t *T) Leak() { gp = t.p }

// pointer receiver field set from param
func (t *T) Set(p *int) { t.p = p }

// value receiver unused
func (t T) Len() int { return t.n }

// callers on a local value and address
func use() int {
	x := 1
	t := T{p: &x}
	t.Set(&x)
	return *t.Get() + *t.PGet() + t.Len()
}
