package main

func main() {
	go (f)
	defer g
	x := 1 2
	go func() {
		y := 3 4
	}
	defer (h
}
