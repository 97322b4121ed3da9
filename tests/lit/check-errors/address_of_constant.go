package main

const c = 3

func main() {
	_ = &c
}
