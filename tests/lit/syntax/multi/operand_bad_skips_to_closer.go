package main

func f(a ...int) int { return 0 }

func main() {
	x := f(1, , 3)
	y := f(+) + f(2)
	z := [3]int{1, *, 3}
	w := !
	_, _, _, _ = x, y, z, w
}
