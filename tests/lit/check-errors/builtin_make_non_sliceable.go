package main

func main() {
	_ = make(int, 3)
}
