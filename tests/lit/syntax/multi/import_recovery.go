package main

import (
	"fmt"
	;
	x
	"os" "io"
)

import y z

func main() { fmt.Println(os.Args, io.EOF) }
