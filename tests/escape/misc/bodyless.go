package p

// functions declared without a body (implemented elsewhere)
func ext(p *int, n uintptr) *int

//go:noescape
func noesc(p *int, q *int)

func unnamedExt(*int, int)

// calls to them
func use() {
	x, y := 1, 2
	ext(&x, 0)
	noesc(&y, nil)
	z := 3
	unnamedExt(&z, 0)
}
