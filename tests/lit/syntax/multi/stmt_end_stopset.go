package main

func main() {
	x := 1 2 if x > 0 {
		x = 3
	}
	y := 4 5 6
	for y 7 {
	}
	return 8 9
}
