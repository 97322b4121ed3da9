// Closures: capture by reference and by value, returned closures, closures
// called at once, go and defer.
package main

var fsink func() int

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func byValue() func() int {
	k := 7
	return func() int { return k }
}

func calledAtOnce() int {
	z := 1
	return func() int { return z * 2 }()
}

func stored(p *int) {
	fsink = func() int { return *p }
}

func deferred() (r int) {
	x := 1
	defer func() { r = x }()
	return 0
}

func spawned(ch chan *int) {
	v := 5
	go func() { ch <- &v }()
}

func main() {
	_ = counter()
	_ = byValue()
	_ = calledAtOnce()
	stored(nil)
	_ = deferred()
	spawned(nil)
}
