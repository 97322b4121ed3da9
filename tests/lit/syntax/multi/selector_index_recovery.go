package main

func main() {
	a := []int{1, 2, 3}
	x := a.
	y := a[1 2]
	z := a[]
	w := a[1:2:]
	v := a.(42)
	_, _, _, _, _ = x, y, z, w, v
}
