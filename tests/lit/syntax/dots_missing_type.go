package main

func f(a ...) {}

func main() {}
