package p

func use(p *int) {}

// defer after a looping label
func label() {
	i := 0
loop:
	x := i
	defer use(&x)
	i++
	if i < 3 {
		goto loop
	}
}

// defer inside if at top level: still not a loop
func inIf(b bool) {
	y := 1
	if b {
		defer use(&y)
	}
}

// defer inside a range loop
func rangeLoop(s []int) {
	for _, v := range s {
		defer use(&v)
	}
}
