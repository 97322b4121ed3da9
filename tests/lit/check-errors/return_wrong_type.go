package main

func f() string {
	return 42.5
}

func main() {}
