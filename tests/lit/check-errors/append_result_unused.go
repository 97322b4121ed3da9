package main

func main() {
	s := []int{}
	append(s, 1)
}
