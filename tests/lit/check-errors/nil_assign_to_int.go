package main

func main() {
	var i int = nil
	_ = i
}
