package main

func main() {
	_ = []string{"a", 2, "c"}
}
