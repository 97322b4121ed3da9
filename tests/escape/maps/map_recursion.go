package p

type Tree map[string]Tree

// self-recursive walk over a recursive map type
func depth(t Tree) int {
	d := 0
	for _, c := range t {
		if x := depth(c) + 1; x > d {
			d = x
		}
	}
	return d
}

// recursive insert returning the map
func insert(t Tree, path []string) Tree {
	if t == nil {
		t = Tree{}
	}
	if len(path) > 0 {
		t[path[0]] = insert(t[path[0]], path[1:])
	}
	return t
}

// mutual recursion through maps
func even(m map[int]*int, n int) *int {
	if n == 0 {
		return m[0]
	}
	return odd(m, n-1)
}

func odd(m map[int]*int, n int) *int {
	if n == 0 {
		return nil
	}
	return even(m, n-1)
}
