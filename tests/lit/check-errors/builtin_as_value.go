package main

func main() {
	f := len
	_ = f
}
