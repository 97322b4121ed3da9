package main

var c chan = nil

func main() {}
