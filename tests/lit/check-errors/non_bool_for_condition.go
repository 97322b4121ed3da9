package main

func main() {
	s := "go"
	for s {
	}
}
