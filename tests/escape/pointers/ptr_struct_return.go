package p

type pair struct{ a, b *int }

// struct returned with params inside
func mk(a, b *int) pair {
	return pair{a, b}
}

// struct returned with address of local inside
func mkLocal() pair {
	x := 1
	return pair{a: &x}
}

// caller takes a field of a returned struct
func caller(p *int) *int {
	return mk(p, nil).a
}

// returned struct stays local in the caller
func local() int {
	x, y := 1, 2
	pr := mk(&x, &y)
	return *pr.a + *pr.b
}
