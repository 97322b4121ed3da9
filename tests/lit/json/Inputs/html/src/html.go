// Messages with characters encoding/json escapes: < > & in expressions,
// string literals, and non-ASCII identifiers.
package main

var sink interface{}

func concat(s string) {
	sink = s + "<a href='x'>&amp;</a>"
}

func cmp(a, b int) {
	sink = a < b && b > 0 || a&b != 0
}

func ünïcödé() *int {
	größe := 1
	return &größe
}

func bytes(b []byte) {
	sink = string(b) + "\t\"quoted\"\\ \u2028 ☃"
}

func main() {
	concat("x")
	cmp(1, 2)
	_ = ünïcödé()
	bytes(nil)
}
