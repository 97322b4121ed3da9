package p

var sink *int

// constant-false branch removed before escape analysis
func deadIf() {
	x := 1
	if false {
		sink = &x
	}
}

// code after a constant-true return removed
func deadAfter() int {
	y := 1
	if true {
		return 0
	}
	sink = &y
	return 1
}

// constant condition through a named constant
const debug = false

func deadSwitch() {
	z := 1
	if debug {
		sink = &z
	}
}
