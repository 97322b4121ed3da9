// Interfaces: satisfaction, embedding, type assertions and switches.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Namer interface{ Name() string }

type NamedShape interface {
	Shape
	Namer
}

type Square struct{ side float64 }

func (s Square) Area() float64      { return s.side * s.side }
func (s Square) Perimeter() float64 { return 4 * s.side }
func (s Square) Name() string       { return "square" }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("integer ", v)
	case string:
		return strings.ToUpper(v)
	case NamedShape:
		return v.Name()
	case error:
		return v.Error()
	default:
		return "other"
	}
}

func main() {
	var s Shape = Square{2}
	if ns, ok := s.(NamedShape); ok {
		fmt.Println(ns.Name(), ns.Area())
	}
	sq := s.(Square)
	fmt.Println(sq.side, describe(3), describe("x"), describe(sq), describe(errors.New("e")), describe(nil))
}
