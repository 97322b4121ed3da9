package main

func main() {
	x := 1 2
	if x {
		f(x
