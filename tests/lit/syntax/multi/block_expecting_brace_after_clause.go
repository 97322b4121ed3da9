package main

func main() {
	x := 1
	if x > 0; x < 3
		x = 2
	}
	if x == 1; y := 2 {
	}
	for i := 0; i < 3; i++ y
	{
	}
}
