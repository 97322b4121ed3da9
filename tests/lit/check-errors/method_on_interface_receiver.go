package main

type I interface{ M() }

func (i I) N() {}

func main() {}
