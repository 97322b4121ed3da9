package main

func main() {
	a := []int{1}
	copy(a, 3)
}
