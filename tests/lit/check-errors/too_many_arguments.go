package main

func f(a int) {}

func main() {
	f(1, "two", 3.0)
}
