package main

func main() {
	if true {
		if true {
			for {
				x := 1 2
			}
		}
	}
}
