package main

func main() {
	var a [3]int
	_ = append(a, 1)
}
