package main

var x = 0x

func main() {}
