package main

func f() {
	break
	goto L
}

func g() {
	x := 1 2
}

func main() {
	var unused int
}
