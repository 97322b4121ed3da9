package main

func main() {
	if v := 3 {
		_ = v
	}
}
