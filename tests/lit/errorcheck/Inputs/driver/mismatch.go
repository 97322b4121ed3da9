// errorcheck

// Fails on purpose: a wrong regexp, a missing error and an unexpected one.
// go1.19's run.go reports it in ../rungo/driver-report.txt; goescape test
// must report it in the same words.

package p

var a = 0x // ERROR "octal literal"
var b = 1  // ERROR "no such error"
var c = 0b12
