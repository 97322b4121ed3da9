package main

var x = 15p3

func main() {}
