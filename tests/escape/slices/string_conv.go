package p

var sink interface{}
var gb []byte
var gstr string

// string to []byte kept local
func toBytes(s string) int {
	b := []byte(s)
	return len(b)
}

// string to []byte escaping
func toBytesEsc(s string) {
	gb = []byte(s)
}

// []byte to string returned
func toString(b []byte) string {
	return string(b)
}

// []rune conversion
func runes(s string) int {
	return len([]rune(s))
}

// string from rune
func fromRune(r rune) {
	gstr = string(r)
}

// conversion converted to interface
func boxed(s string) {
	sink = []byte(s)
}
