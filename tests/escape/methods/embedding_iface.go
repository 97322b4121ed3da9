package p

type I interface{ Get() *int }

type Base struct{ p *int }

func (b *Base) Get() *int { return b.p }

type Outer struct{ *Base }

type Outer2 struct{ Base }

// promoted pointer method satisfies I
func asI(o Outer) I {
	return o
}

// pointer to struct with embedded value
func asI2(o *Outer2) I {
	return o
}

// call through interface built from embedding
func call(o Outer) *int {
	var i I = o
	return i.Get()
}
