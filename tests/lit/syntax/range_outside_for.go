package main

func main() {
	s := []int{1}
	x := range s
	_ = x
}
