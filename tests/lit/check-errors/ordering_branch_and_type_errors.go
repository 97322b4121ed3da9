package main

func f() int {
	var s string = 1
	for {
		continue L
	}
	_ = s
	break
}

func main() {
	undefinedFunc()
L:
}
