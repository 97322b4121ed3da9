package main

//line foo.go:0
func main() {}
