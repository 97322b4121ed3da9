package main

var x = 1.5e+

func main() {}
