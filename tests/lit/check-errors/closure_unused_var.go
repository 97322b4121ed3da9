package main

func main() {
	f := func() int {
		y := 2
		return 1
	}
	_ = f
}
