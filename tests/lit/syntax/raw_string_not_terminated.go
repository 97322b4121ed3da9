package main

func main() {}

var s = `raw string
that never
ends
