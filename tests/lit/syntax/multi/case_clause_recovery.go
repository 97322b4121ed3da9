package main

func main() {
	x := 1
	switch x {
	x++
	case 1:
		x = 2
	case 2
		x = 3
	y := 4
	default:
	}
	select {
	foo()
	case <-make(chan int):
	}
}
