package main
var @ x int = "\q"
func f() { 1 2 }
