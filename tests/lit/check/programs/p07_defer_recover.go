// Defer, panic and recover; named results modified by deferred closures.
package main

import (
	"errors"
	"fmt"
)

var ErrNegative = errors.New("negative")

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if a < 0 {
		return 0, ErrNegative
	}
	q = a / b
	return
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func work() {
	defer trace("work")()
	for i := 0; i < 2; i++ {
		defer fmt.Println("deferred", i)
	}
}

func main() {
	_, err := safeDiv(1, 0)
	fmt.Println(err, errors.Is(err, ErrNegative))
	work()
	defer func() {
		recover()
	}()
	panic("done")
}
