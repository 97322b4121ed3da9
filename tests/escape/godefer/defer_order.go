package p

var sink *int

func leak(p *int) { sink = p }
func use(p *int)  {}

// several defers in one function, mixing top level and loop
func mixed(n int) {
	a := 1
	defer use(&a)
	for i := 0; i < n; i++ {
		b := i
		defer use(&b)
	}
	c := 2
	defer leak(&c)
}

// defer after go
func both() {
	d := 1
	go use(&d)
	e := 2
	defer use(&e)
}
