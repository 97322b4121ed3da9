package main

var 1x = 2

func main() {}
