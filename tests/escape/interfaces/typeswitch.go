package p

type T struct{ x int }

// clause variable returned by address
func addr(e interface{}) *T {
	switch v := e.(type) {
	case T:
		return &v
	}
	return nil
}

// clause variable with pointer type returned
func ptr(e interface{}) *int {
	switch v := e.(type) {
	case *int:
		return v
	case int:
		return nil
	}
	return nil
}

// multiple types in one clause
func multi(e interface{}) interface{} {
	switch v := e.(type) {
	case int, string:
		return v
	}
	return nil
}

// type switch without binding
func kind(e interface{}) int {
	switch e.(type) {
	case int:
		return 1
	case *T:
		return 2
	}
	return 0
}

// default clause uses the interface
var sink interface{}

func def(e interface{}) {
	switch v := e.(type) {
	case int:
		_ = v
	default:
		sink = v
	}
}
