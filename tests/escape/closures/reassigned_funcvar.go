package p

var sink *int

func leak(p *int) { sink = p }
func keep(p *int) {}

// func variable reassigned: callee unknown, args escape
func reassigned(b bool) {
	x := 1
	f := keep
	if b {
		f = leak
	}
	f(&x)
}

// func variable never reassigned: static call
func static() {
	y := 1
	f := keep
	f(&y)
}

// func var initialized to a closure, then reassigned
func closure() {
	z := 1
	f := func(p *int) {}
	f = func(p *int) {}
	f(&z)
}
