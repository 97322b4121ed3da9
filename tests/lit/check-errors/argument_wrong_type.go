package main

func takesInt(n int) {}

func main() {
	var s []byte
	takesInt(s)
}
