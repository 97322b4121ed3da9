package main

func main() {
	defer int(0)
}
