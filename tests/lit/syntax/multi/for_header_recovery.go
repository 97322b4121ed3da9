package main

func main() {
	for i := 0; i < 10 {
	}
	for i := 0; i < 10; i++; {
	}
	for i := 0; ; j := 1 {
	}
	for x, y := range z w {
	}
}
