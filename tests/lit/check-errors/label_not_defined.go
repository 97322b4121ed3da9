package main

func main() {
	goto Done
}
