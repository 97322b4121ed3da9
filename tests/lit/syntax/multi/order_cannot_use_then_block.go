package main

func main() {
	c := make(chan int, 2)
	for c <- 1
	c <- 2
	return c
}

func g() {
	if x := 1
	{
	}
}
