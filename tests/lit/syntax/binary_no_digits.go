package main

var x = 0b + 1

func main() {}
