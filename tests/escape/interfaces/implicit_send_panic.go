package p

// send an int on a chan of interfaces
func send(c chan interface{}, x int) {
	c <- x
}

// panic with a pointer
func panicPtr(p *int) {
	panic(p)
}

// panic with an expression
func panicExpr(a, b int) {
	panic(a + b)
}

// panic with a constant string
func panicConst() {
	panic("boom")
}

// select send of an interface
func selSend(c chan any, x int) {
	select {
	case c <- x:
	default:
	}
}
