package main

var x = 0779

func main() {}
