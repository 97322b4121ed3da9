package p

// closure capturing many variables, called via local
func many(a, b, c, d int) int {
	f := func() int { return a + b + c + d }
	return f()
}

// closure capturing a map and a slice
func mixed(m map[int]int, s []int) func() int {
	return func() int { return m[0] + s[0] }
}

// closure capturing a channel and sending a captured pointer
func send(c chan *int) {
	x := 1
	f := func() { c <- &x }
	f()
}
