package p

func use(p *int) {}

// go with the address of a local
func goAddr() {
	x := 1
	go use(&x)
}

// go with a param pointer
func goParam(p *int) {
	go use(p)
}

// go with a func literal and no args
func goLit() {
	go func() {}()
}

// go with a closure capturing a local
func goCapture() {
	y := 2
	go func() { y++ }()
}

// go with a func literal taking an argument
func goLitArg() {
	z := 3
	go func(p *int) { *p = 4 }(&z)
}
