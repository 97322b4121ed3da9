package main

func main() {
	os.Exit(1)
}
