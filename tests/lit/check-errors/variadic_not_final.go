package main

func f(a ...int, b string) {}

func main() {}
