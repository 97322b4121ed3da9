package main

type T struct{ Name string }

func (t T) Name() string { return t.Name }

func main() {}
