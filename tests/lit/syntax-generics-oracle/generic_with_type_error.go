package main

func Add[T any](a, b T) T {
	return a + b
}

func main() {
	_ = Add(1, 2)
}
