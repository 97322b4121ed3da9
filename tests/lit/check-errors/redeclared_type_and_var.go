package main

type T int

var T = 1

func main() {}
