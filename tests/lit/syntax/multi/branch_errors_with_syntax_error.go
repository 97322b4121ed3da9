package main

func main() {
	break
	x := 1 2
	goto L
}
