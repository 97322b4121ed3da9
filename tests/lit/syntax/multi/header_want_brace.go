package main

func main() {
	x := 1
	if x y {
	}
	if x := 2 x > 0 {
	}
	for i := 0 i < 3 {
	}
	switch x z {
	}
}
