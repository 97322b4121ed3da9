package main

func main() {
	m := map[string]int{}
	delete(m, 1)
}
