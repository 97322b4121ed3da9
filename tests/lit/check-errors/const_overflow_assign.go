package main

func main() {
	var b byte
	b = 256
	_ = b
}
