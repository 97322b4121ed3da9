package p

type big struct{ a [17]int64 }

type small struct{ a [16]int64 }

// 136-byte variable: captured by reference
func large() int64 {
	var b big
	f := func() int64 { return b.a[0] }
	return f()
}

// 128-byte variable: captured by value
func exactly128() int64 {
	var s small
	f := func() int64 { return s.a[0] }
	return f()
}

// large array captured in an escaping closure
func escapes() func() int64 {
	var b big
	return func() int64 { return b.a[1] }
}
