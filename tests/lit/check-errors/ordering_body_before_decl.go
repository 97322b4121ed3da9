package main

import (
	"os"
	"strings"
)

func main() {
	x := 1
	var y string = x
	_ = y
}

var g int = "global"

type T struct{}

func (T) M() int { return "m" }

var _ = strings.ToUpper
