package main

func 42() {}

func main() {}
