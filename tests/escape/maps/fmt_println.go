package p

import "fmt"

// a map passed to fmt.Println escapes
func printMap() {
	m := map[string]int{"a": 1}
	fmt.Println(m)
}

// only its length is printed
func printLen(m map[string]int) {
	fmt.Println(len(m))
}

// a looked-up value printed
func printVal(m map[string]*int) {
	fmt.Println(m["k"], "done")
}

// Sprintf with a map argument
func format(m map[int]string) string {
	return fmt.Sprintf("%v", m)
}

// builtin println does not make anything escape
func builtin(m map[int]int) {
	println(len(m), m)
}
