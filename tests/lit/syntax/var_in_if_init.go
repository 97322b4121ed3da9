package main

func main() {
	if var ok = true; ok {
	}
}
