package p

var ga [2]*int
var gs *int

// array literal of addresses kept local
func local() int {
	a, b := 1, 2
	arr := [2]*int{&a, &b}
	return *arr[0] + *arr[1]
}

// array of pointers stored to a global
func global() {
	a := 1
	ga = [2]*int{&a, nil}
}

// one element escapes: both variables move (element-insensitive)
func oneElem() {
	a, b := 1, 2
	arr := [2]*int{&a, &b}
	gs = arr[0]
}

// array param returned element
func elem(arr [4]*int) *int {
	return arr[3]
}

// pointer to array of pointers
func ptrArr(pa *[4]*int, p *int) {
	pa[0] = p
}
