package main

const big int32 = 1 << 40

func main() {}
