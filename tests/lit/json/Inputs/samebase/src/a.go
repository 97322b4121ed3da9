// Two files with the same base name: both map to a.json. gc sorts records
// by file name and re-creates the JSON file each time the file changes, so
// the file whose name sorts last ("x/a.go") wins, whatever the order on the
// command line.
package main

func top() *int {
	t := 1
	return &t
}

func main() {
	_ = top()
	_ = inX()
}
