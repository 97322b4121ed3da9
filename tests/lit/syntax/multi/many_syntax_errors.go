package main

func main() {
	a := 1 2
	b := 1 2
	c := 1 2
	d := 1 2
	e := 1 2
	f := 1 2
	g := 1 2
	h := 1 2
	i := 1 2
	j := 1 2
	k := 1 2
	l := 1 2
}
