package main

func main() {
Outer:
	for {
		break
	}
}
