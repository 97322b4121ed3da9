package p

// deferred recover closure with named result
func safe(f func()) (err interface{}) {
	defer func() {
		err = recover()
	}()
	f()
	return nil
}

// deferred closure modifying a named pointer result
func alloc() (p *int) {
	defer func() {
		if p == nil {
			p = new(int)
		}
	}()
	return nil
}

// deferred call with a composite literal argument
type T struct{ a, b *int }

func use(t T) {}

func lit(x *int) {
	defer use(T{a: x})
}
