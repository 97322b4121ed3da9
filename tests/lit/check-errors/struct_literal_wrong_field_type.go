package main

type P struct {
	Name string
	Age  int
}

func main() {
	_ = P{Name: "x", Age: "old"}
}
