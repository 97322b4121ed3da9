// Labels: labeled break and continue, goto, switch with fallthrough.
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		fallthrough
	case n < 10:
		return "small"
	}
	return "large"
}

func main() {
	count := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue outer
			}
			if i == 4 {
				break outer
			}
			count++
		}
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	fmt.Println(count, i, classify(-1), classify(0), classify(50))
}
