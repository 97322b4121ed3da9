package main

import "os"

func f() {
	var i int = "1"
	var j int = "2"
	var k int = "3"
	var l int = "4"
	var m int = "5"
	var n int = "6"
	_, _, _, _, _, _ = i, j, k, l, m, n
}

var a int = "a"
var b int = "b"
var c int = "c"
var d int = "d"
var e int = "e"
var g int = "g"

func main() {}
