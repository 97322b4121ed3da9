package main

type A interface {
	M()
	N(A.M)
}

type B interface {
	M(x [len(B.M)]int)
}

func main() {}
