package main

func main() {
	xÿ := 1
}
