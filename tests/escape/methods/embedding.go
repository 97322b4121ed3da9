package p

type Base struct{ p *int }

func (b Base) Get() *int   { return b.p }
func (b *Base) Set(p *int) { b.p = p }

type Derived struct {
	Base
	name string
}

type PDerived struct {
	*Base
}

// promoted value method through embedding
func get(d Derived) *int {
	return d.Get()
}

// promoted pointer method on addressable value
func set(d *Derived, p *int) {
	d.Set(p)
}

// promoted through embedded pointer
func pget(d PDerived) *int {
	return d.Get()
}

// local derived, pointer method on a local
func local() int {
	var d Derived
	x := 1
	d.Set(&x)
	return *d.Get()
}
