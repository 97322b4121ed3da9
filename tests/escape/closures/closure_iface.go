package p

var sink interface{}

// closure converted to interface
func toIface() {
	sink = func() {}
}

// closure capturing a large value converted to interface
func capture() {
	var a [10]int
	sink = func() int { return a[0] }
}

// func value stored into []interface{}
func slice() int {
	s := []interface{}{func() {}, 1}
	return len(s)
}
