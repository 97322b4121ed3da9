package main

type T int

func () M() {}

func main() {}
