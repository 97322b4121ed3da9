package main

func main() {
	a, b := 1, 2
	var c int
	{
		d := 4
	}
	func() {
		e := 5
	}()
}
