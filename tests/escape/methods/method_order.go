package p

var sink interface{}

// method declared before the type, calling a later method
func (t *T) A(p *int) { t.B(p) }

func (t *T) B(p *int) { sink = p }

type T struct{ n int }

// value method calling pointer method on its copy
func (t T) C() { x := 1; t.A(&x) }

// top-level function calling methods
func run() {
	var t T
	t.C()
}
