package p

// backward goto makes a loop: variable moves
func backward() {
	var p *int
loop:
	x := 0
	p = &x
	if *p < 0 {
		goto loop
	}
}

// forward goto: no loop
func forward() int {
	var p *int
	goto skip
skip:
	x := 0
	p = &x
	return *p
}

// label inside an if body, backward goto
func inIf(b bool) {
	var p *int
	if b {
	again:
		y := 1
		p = &y
		if *p > 0 {
			goto again
		}
	}
}

// labeled for loop with break
func labeledFor(n int) *int {
	var p *int
outer:
	for i := 0; i < n; i++ {
		z := i
		p = &z
		if z > 3 {
			break outer
		}
	}
	return p
}
