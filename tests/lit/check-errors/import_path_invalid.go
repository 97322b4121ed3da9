package main

import (
	_ "a b"
	_ "a!b"
	_ "fmt\x7f"
	_ "\xff"
	_ "/abs"
	_ "strings/"
	_ "main"
)

func main() {}
