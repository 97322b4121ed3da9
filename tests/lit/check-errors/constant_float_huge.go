package main

const huge = 1e646456992

var (
	_ float64 = huge
	_ float32 = 1e39
	_ int64   = huge / 1e646456991 * 1e20
	_         = 1e99999999999
)

const (
	tooBig   = 1e1000000000
	overflow = huge * huge
)

func main() {}
