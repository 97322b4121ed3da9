package main

func main() {
	_ = map[string]int{"a": 1, 2}
}
