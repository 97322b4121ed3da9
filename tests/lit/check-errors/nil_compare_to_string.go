package main

func main() {
	s := "x"
	if s == nil {
	}
}
