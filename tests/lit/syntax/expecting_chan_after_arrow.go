package main

var c <-int

func main() {}
