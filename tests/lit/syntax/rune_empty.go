package main

var r = ''

func main() {}
