package main

func f(a int b int) {
}

func g() {
	for i := 0; i < 3; i++
	{
	}
}

func h() int {
	return 1 +
}

func main() {
	f(1, 2
}
