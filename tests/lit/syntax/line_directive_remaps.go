package main

func main() {
//line renamed.go:100:5
	x := )
}
