package main

import "fmt" "os"

var s = "\q"

func f(a int b) {}

func main() {
	x := [
	y := 1 2
	if x {
	} else 3
	z := )
	w.
	v := 0x
	switch x y {
	}
	u := f(1 2)
	t := T{1 2}
	for i := 0 i < 3 {
	}
}
