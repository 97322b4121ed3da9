package main

type Number interface {
	~int | ~int64 | float64
}

func Sum[N Number](xs ...N) N {
	var s N
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	_ = Sum[int](1, 2, 3)
}
