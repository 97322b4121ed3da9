package p

// make in a loop, kept per-iteration
func perIter(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		s := make([]int, 4)
		t += len(s)
	}
	return t
}

// make in a loop assigned outward
func outward(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = make([]int, 4)
	}
	return len(s)
}

// append in a loop
func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

// literal in a loop stored in an outer slice of slices
func rows(n int) [][]int {
	var out [][]int
	for i := 0; i < n; i++ {
		out = append(out, []int{i, i})
	}
	return out
}
