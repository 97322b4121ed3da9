package main

func main() {
	x := 1
	switch x y
	case 1:
	}
	select z
	default:
	}
	_ = x
}
