package main

func main() {
	f := func() {}
	g := func() {}
	_ = f == nil
	_ = f == g
}
