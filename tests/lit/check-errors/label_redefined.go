package main

func main() {
L:
	goto L
L:
	goto L
}
