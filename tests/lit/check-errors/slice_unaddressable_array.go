package main

func arr() [3]int { return [3]int{} }

func main() {
	_ = arr()[1:]
}
