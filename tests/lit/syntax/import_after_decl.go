package main

var v = 1

import "os"

func main() {}
