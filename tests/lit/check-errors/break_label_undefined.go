package main

func main() {
	for {
		break Nowhere
	}
}
