// A binary search tree with recursive methods and an in-order visitor.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         string
	Value       int
}

func (t *Tree) Insert(k string, v int) *Tree {
	if t == nil {
		return &Tree{Key: k, Value: v}
	}
	switch {
	case k < t.Key:
		t.Left = t.Left.Insert(k, v)
	case k > t.Key:
		t.Right = t.Right.Insert(k, v)
	default:
		t.Value = v
	}
	return t
}

func (t *Tree) Walk(visit func(*Tree) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.Walk(visit) && visit(t) && t.Right.Walk(visit)
}

func main() {
	var root *Tree
	for i, k := range []string{"m", "c", "x", "a"} {
		root = root.Insert(k, i)
	}
	var keys []string
	root.Walk(func(t *Tree) bool {
		keys = append(keys, t.Key)
		return len(keys) < 10
	})
	fmt.Println(keys)
}
