package main

func main() {
	٣x := 1
	_ = ٣x
}
