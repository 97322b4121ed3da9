package main

func f(a int, b string, c ...float64) {}

func main() {
	f(1)
}
