package main main

func main() {}
