package main

var m map[string int

func main() {}
