package main

func main() {
	_ = u + u + v + u
	_ = u
}
