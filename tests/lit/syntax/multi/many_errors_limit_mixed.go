package main

import "fmt" "os"

var s = "\q"

func f(a int b) {}

func main() {
	x := [
	y := 1 2
	if x {
	} else 3
	for {
	z := )
	w.
	v := 0x
	u :=
}
