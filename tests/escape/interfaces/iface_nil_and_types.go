package p

var sink interface{}

// typed nil pointer into interface
func typedNil() {
	var p *int
	sink = p
}

// slices and maps into interface
func slices(s []int, m map[int]int) {
	sink = s
	sink = m
}

// array value into interface
func arr(a [2]int) {
	sink = a
}

// float and complex into interface
func nums(f float64, c complex128) {
	sink = f
	sink = c
}

// bool and byte (small values) into interface
func small(b bool, c byte) {
	sink = b
	sink = c
}
