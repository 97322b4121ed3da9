package main

var r = '\U00110000'

func main() {}
