package main

func main() {
	price€ := 3
	_ = price€
}
