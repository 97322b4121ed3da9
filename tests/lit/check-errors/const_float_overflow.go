package main

var f = 1e400

func main() {}
