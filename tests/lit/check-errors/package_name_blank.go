package _

var x int = "s"
