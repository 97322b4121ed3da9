// semicolons.go: where the lexer inserts semicolons (the spec's rule).
package p

func f(a int) int {
	a++
	a = a +
		1
	if a > 0 { /* one
	line break */
		return a
	}
	return a /* same line */ }
