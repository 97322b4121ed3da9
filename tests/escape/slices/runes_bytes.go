package p

var gr []rune

// []rune from string stored globally
func store(s string) {
	gr = []rune(s)
}

// string from []rune
func back(r []rune) string {
	return string(r)
}

// range over string: no conversion
func count(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// range over []byte(s): conversion is not allocated
func sum(s string) int {
	n := 0
	for _, b := range []byte(s) {
		n += int(b)
	}
	return n
}

// byte to string
func one(b byte) string {
	return string(rune(b))
}
