package main

func main() {
	a := missing
	var b int = "s"
	c := 1
}
