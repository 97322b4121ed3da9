package main

func main() {
	_ = append()
}
