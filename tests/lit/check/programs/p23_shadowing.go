// Scopes and shadowing: if/for/switch scopes, redeclaration with :=.
package main

import "fmt"

var x = 1

func f() (int, error) { return 2, nil }

func main() {
	x := x + 1
	if x := x * 10; x > 5 {
		fmt.Println(x)
	}
	a, err := f()
	b, err := f()
	for x := 0; x < 2; x++ {
		switch y := x; y {
		case 0:
			x := "shadow"
			_ = x
		}
	}
	{
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(x, a, b, err)
}
