package main

func main() {
	_ = make(map[string]int, 1, 2)
}
