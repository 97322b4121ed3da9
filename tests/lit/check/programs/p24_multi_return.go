// Multiple results: f(g()) forwarding, returning calls, blank identifiers.
package main

import (
	"fmt"
	"strings"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func pair() (string, int) { return "p", 1 }

func show(s string, n int) string { return fmt.Sprint(s, n) }

func twice() (string, int) { return pair() }

func main() {
	q, r := divmod(7, 2)
	_, r2 := divmod(9, 4)
	fmt.Println(show(pair()), show(twice()))
	before, after, found := strings.Cut("k=v", "=")
	var i interface{}
	i, _ = divmod(1, 1)
	fmt.Println(q, r, r2, before, after, found, i)
}
