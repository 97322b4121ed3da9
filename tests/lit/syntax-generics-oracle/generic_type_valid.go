package main

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func main() {
	var s Stack[int]
	s.Push(1)
}
