package main

var a chan
var b <-int
var c chan<- <-chan
var d = make(chan)

func main() {}
