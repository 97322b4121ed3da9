package main

import "fmt"

type T struct{}

func main() {
	var s fmt.Stringer
	switch s.(type) {
	case T:
	}
}
