package main

const a int = 1
const b float64 = 2

var c = a * b

func main() {}
