package main

//line foo.go:10:0
func main() {}
