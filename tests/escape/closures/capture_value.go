package p

// int captured by value, closure called via local
func byValue() int {
	x := 1
	f := func() int { return x }
	return f()
}

// pointer captured by value
func ptr(p *int) int {
	f := func() int { return *p }
	return f()
}

// captured variable assigned before capture only
func before() int {
	x := 0
	x = 5
	f := func() int { return x + 1 }
	return f()
}

// string captured by value
func str(s string) func() string {
	return func() string { return s }
}
