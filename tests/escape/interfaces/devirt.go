package p

type I interface{ M(p *int) *int }

type T struct{ n int }

func (T) M(p *int) *int { return p }

type P struct{ n int }

func (*P) M(p *int) *int { return nil }

// devirtualized value receiver: argument stays local
func value() int {
	var i I = T{}
	x := 1
	return *i.M(&x)
}

// devirtualized pointer receiver
func pointer() {
	var i I = &P{}
	y := 2
	i.M(&y)
}

// reassigned interface: not devirtualized
func reassigned(b bool) {
	var i I = T{}
	if b {
		i = &P{}
	}
	z := 3
	i.M(&z)
}

// explicit conversion then call
func explicit() {
	i := I(T{n: 1})
	w := 4
	i.M(&w)
}
