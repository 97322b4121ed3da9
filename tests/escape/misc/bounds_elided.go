package p

var table [256]int

// uint8 index into a 256-element array
func byByte(i uint8) int {
	return table[i]
}

// masked index
func masked(j int) int {
	return table[j&255]
}

// signed modulo: not provably in range
func modulo(j int) int {
	return table[j%256]
}

// local array with a masked index, address escaping
func local(k int) *int {
	var a [16]int
	return &a[k&15]
}
