package main

var s = "\q" + "\z" + "\x0g"
var t = 0x + 0x

func main() {}
