package p

type I interface{ M() }

type T struct{ a, b int }

func (T) M() {}

var sink interface{}

// explicit conversion to empty interface
func empty(t T) {
	sink = interface{}(t)
}

// explicit conversion to a named interface
func named(t T) {
	sink = I(t)
}

// explicit conversion kept local
func local(t T) int {
	i := I(t)
	i.M()
	return 0
}

// interface to interface conversion
func ifaceToIface(i I) interface{} {
	return interface{}(i)
}
