package main

func (u *Unknown) M() {}

func main() {}
