package p

type Runner interface{ Run(p *int) }

type impl struct{ n int }

func (i impl) Run(p *int) {}

// method value of an interface param called locally
func local(r Runner) {
	f := r.Run
	x := 1
	f(&x)
}

// method value of a concrete value stored in an interface variable
func concrete() {
	var r Runner = impl{}
	f := r.Run
	y := 2
	f(&y)
}

// method value of a concrete value
func direct() {
	v := impl{}
	f := v.Run
	z := 3
	f(&z)
}
