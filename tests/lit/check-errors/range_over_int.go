package main

func main() {
	n := 10
	for i := range n {
		_ = i
	}
}
