package main

func f(u uint16) {}

func main() {
	f(70000)
}
