// Errors: custom error types, wrapping, errors.As and errors.Is.
package main

import (
	"errors"
	"fmt"
	"os"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func lookup(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, fmt.Errorf("lookup: %w", &NotFound{k})
}

func main() {
	_, err := lookup(map[string]int{}, "x")
	var nf *NotFound
	if errors.As(err, &nf) {
		fmt.Println("missing", nf.Key)
	}
	if _, err := os.Open("/nonexistent"); err != nil && !errors.Is(err, os.ErrExist) {
		fmt.Println(err)
	}
	wrapped := errors.Unwrap(err)
	fmt.Println(wrapped != nil)
}
