package main

func f(a, b int) int { return a + b }

func main() {
	_ = []int{1 2 3}
	_ = f(1 2)
	_ = map[string]int{"a": 1 "b": 2,
		"c": 3}
	_ = f(1,
		2
	_ = 5
}
