package p

type I interface{ M() }

type E struct{ I }

type Impl struct{}

func (Impl) M() {}

// method promoted from an embedded interface: partial devirtualization
func partial() {
	var i I = E{Impl{}}
	i.M()
}

// embedded concrete type: full devirtualization
type F struct{ Impl }

func full() {
	var i I = F{}
	i.M()
}

// pointer to embedding struct
func ptr() {
	var i I = &E{I: Impl{}}
	i.M()
}
