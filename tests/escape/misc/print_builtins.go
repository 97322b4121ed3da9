package p

// println of pointers does not escape them
func ptrs() {
	x := 1
	println(&x)
}

// print of a string concatenation
func concat(a, b string) {
	print(a + b)
}

// println of a slice and map
func coll(s []int, m map[int]int) {
	println(s, m)
}

// println of an interface
func iface(e interface{}) {
	println(e)
}
