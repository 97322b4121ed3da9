package p

// named result assigned a param
func named(p *int) (r *int) {
	r = p
	return
}

// blank result
func blank(p *int) (_ *int) {
	return p
}

// address of a named result
func addr() (r int, pr *int) {
	pr = &r
	return
}

// named result escaping through a closure
func viaClosure() (r *int) {
	set := func(p *int) { r = p }
	x := 1
	set(&x)
	return
}
