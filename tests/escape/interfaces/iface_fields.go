package p

type I interface{ M() }

type T struct{ x *int }

func (T) M() {}

type Holder struct {
	i I
	e interface{}
}

// interface field assigned a struct
func set(h *Holder, t T) {
	h.i = t
}

// interface field assigned through a value holder, returned
func build(x *int) Holder {
	return Holder{i: T{x}, e: x}
}

// local holder
func local(x int) int {
	h := Holder{e: x}
	_ = h
	return 0
}

// method call through a field
func call(h Holder) {
	h.i.M()
}
