package main

type List[T any] []T

func (l List[T]) Len() int { return len(l) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var p Pair[string, List[int]]
	_ = p.Val.Len()
}
