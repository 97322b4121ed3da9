package main

var x = 0x_ff_

func main() {}
