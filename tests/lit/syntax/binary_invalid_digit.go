package main

var x = 0b1012

func main() {}
