package main

func init() int { return 0 }

func main() {}
