package main

func f(x int) string {
	switch x {
	case 1:
		return "one"
	}
	for {
		break
	}
}

func main() {}
