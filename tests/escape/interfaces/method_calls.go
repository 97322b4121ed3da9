package p

type I interface {
	M(p *int)
	N() *int
}

// interface method call: args escape
func call(i I) {
	x := 1
	i.M(&x)
}

// interface method result
func result(i I) *int {
	return i.N()
}

// method value of an interface
func value(i I) func(*int) {
	return i.M
}

// interface method call in a loop
func loop(is []I, p *int) {
	for _, i := range is {
		i.M(p)
	}
}
