package p

var gs []int

// slicing a local array, used locally
func local() int {
	var a [8]int
	s := a[:]
	return len(s)
}

// slicing a local array, returned
func ret() []int {
	var a [4]int
	return a[1:3]
}

// slicing a local array, stored globally
func global() {
	a := [3]int{1, 2, 3}
	gs = a[:2]
}

// slicing a pointer to array does not take an address
func ptrArr(pa *[4]int) []int {
	return pa[:]
}

// three-index slice of a param slice
func three(s []int) []int {
	return s[1:2:3]
}

// slicing a string
func sub(s string) string {
	return s[1:]
}
