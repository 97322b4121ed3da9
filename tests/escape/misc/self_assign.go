package p

type T struct {
	x, y *int
	a    [4]*int
	n, m int
}

// field to field of the same variable
func fields(t *T) {
	t.x = t.y
}

// index to index of the same array field
func index(t *T, i int) {
	t.a[i] = t.a[i+1]
}

// compound assignment on ints counts too
func ints(t *T) {
	t.n += t.m
}

// tuple swap prints the line twice
func swap(t *T) {
	t.x, t.y = t.y, t.x
}

// different bases: not a self-assignment
func other(t, u *T) {
	t.x = u.y
}

// index with a call: not a self-assignment
func call(t *T) {
	t.a[0] = t.a[f()]
}

func f() int { return 1 }
