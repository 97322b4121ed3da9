package p

// slice of arrays of pointers
func arrs(s [][2]*int) *int {
	return s[0][1]
}

// array of slices stored into
func arrOfSlices(x *int) [2][]*int {
	var a [2][]*int
	a[0] = []*int{x}
	return a
}

// slice literal of arrays
func lit() int {
	s := [][2]int{{1, 2}, {3, 4}}
	return s[1][0]
}

// a fixed array from a slice via copy
func toArr(s []int) [4]int {
	var a [4]int
	copy(a[:], s)
	return a
}
