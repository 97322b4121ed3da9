// maps.go: where Go 1.19 puts maps and what they point to.
//
// Try:
//   goescape examples/maps.go -m -l      (what escapes, as gc -m -l prints it)
//   goescape examples/maps.go -m=2 -l    (with gc's flow explanations)
//   goescape examples/maps.go --explain  (why each allocation escapes)
//   goescape examples/maps.go --emit=ir  (the IR with stack/heap placements)
//
// Expected (go1.19 -m -l): the map made in local stays on the stack; the one
// returned by escaping and the pointers stored in it move to the heap.
package main

import "fmt"

// local builds a small map that never leaves the function.
func local() int {
	m := make(map[string]int, 8)
	m["a"] = 1
	return len(m)
}

// escaping returns its map, so the map and its contents live on the heap.
func escaping(n int) map[int]*int {
	m := map[int]*int{}
	for i := 0; i < n; i++ {
		v := i
		m[i] = &v
	}
	return m
}

func main() {
	fmt.Println(local(), len(escaping(3)))
}
