// errorcheck

// goescape test with goescape's own front end as the compiler: a syntax
// error, which goescape reports as gc does. go1.19's run.go passes this
// file too (../rungo/driver-report.txt).

package p

func f() {
	x := [
} // ERROR "syntax error: unexpected }, expecting expression"
