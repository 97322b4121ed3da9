package main

const m int64 = 1 << 62

var x = m * 4

func main() {}
