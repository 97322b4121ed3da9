package p

import "reflect"

// reflect.ValueOf leaks its argument
func value(x *int) reflect.Value {
	return reflect.ValueOf(x)
}

// reflect.TypeOf
func typeOf(x int) string {
	return reflect.TypeOf(x).String()
}

// DeepEqual
func eq(a, b []int) bool {
	return reflect.DeepEqual(a, b)
}
