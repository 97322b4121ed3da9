package main

func main() {
	_ = make([]int, 10, 5)
}
