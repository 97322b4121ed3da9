package main

func main() {
	a, b := 1, 2
	if a, b {
	}
	switch a, b {
	}
	for a, b {
	}
	a, b
	a, b c
}
