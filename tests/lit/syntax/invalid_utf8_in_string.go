package main

var s = "café"

func main() {}
