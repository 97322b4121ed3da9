package main

func main() {
	x := 1
	if x > 0 {
	} else for {
	}
	if x > 1 {
	} else x++
	y := 2
	_ = y
}
