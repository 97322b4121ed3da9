package main

func f() (int, string, error) {
	return 1, "x"
}

func main() {}
