package p

var gstr string
var sink interface{}

// concatenation kept local
func local(a, b string) int {
	s := a + b
	return len(s)
}

// concatenation returned
func ret(a, b, c string) string {
	return a + b + c
}

// parenthesized chain flattened
func paren(a, b, c string) string {
	return a + (b + c)
}

// concatenation stored globally
func global(a string) {
	gstr = a + "!"
}

// concatenation to interface
func boxed(a, b string) {
	sink = a + b
}

// += on strings
func accum(xs []string) string {
	s := ""
	for _, x := range xs {
		s += x
	}
	return s
}
