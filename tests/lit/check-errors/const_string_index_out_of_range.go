package main

const s = "abc"

var b = s[5]

func main() {}
