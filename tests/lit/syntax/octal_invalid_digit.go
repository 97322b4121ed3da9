package main

var x = 0o18

func main() {}
