package main

const s []int = nil

func main() {}
