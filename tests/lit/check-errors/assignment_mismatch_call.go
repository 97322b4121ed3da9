package main

func f() int { return 1 }

func main() {
	a, b := f()
	_, _ = a, b
}
