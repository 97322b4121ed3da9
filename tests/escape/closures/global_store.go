package p

var gf func() int
var gfs []func()

// closure assigned to a global
func store() {
	x := 1
	gf = func() int { return x }
}

// closure appended to a global slice
func appendG(p *int) {
	gfs = append(gfs, func() { *p = 1 })
}

// closure with no captures assigned to a global
func noCapture() {
	gf = func() int { return 7 }
}

// closure stored into a field of a global struct
type holder struct{ f func() }

var gh holder

func field(s string) {
	gh.f = func() { println(s) }
}
