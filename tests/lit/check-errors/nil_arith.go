package main

func main() {
	_ = nil + 1
}
