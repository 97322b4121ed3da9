package main

var x, y = 1, 2, 3

func main() {}
