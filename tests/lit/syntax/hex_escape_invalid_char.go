package main

var s = "\x4g"

func main() {}
