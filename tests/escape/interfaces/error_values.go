package p

import "errors"

var ErrX = errors.New("x")

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg }

// returning a pointer error
func fail(msg string) error {
	return &myErr{msg: msg}
}

// returning a package-level error
func sentinel() error {
	return ErrX
}

// errors.Is on a local error
func check() bool {
	err := fail("a")
	return errors.Is(err, ErrX)
}

// error wrapping into a value type
type wrap struct{ err error }

func (w wrap) Error() string { return w.err.Error() }

func wrapIt(err error) error {
	return wrap{err}
}
