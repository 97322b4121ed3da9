package p

// Two files of one package: Keep is declared in b.go.
func Make() {
	v := 42
	Keep(&v)
}
