package p

// new of an exactly 64 KiB array: stack
func exact() int {
	p := new([1 << 16]byte)
	return int(p[0])
}

// new of 64 KiB + 1: too large for stack
func over() int {
	p := new([1<<16 + 1]byte)
	return int(p[0])
}

// &T{} of a large struct
type big struct {
	buf [70000]byte
}

func bigLit() int {
	b := &big{}
	return len(b.buf)
}

// large local variable (<10 MiB) whose address is taken
func addr() int {
	var a [1 << 20]byte
	p := &a
	return len(p)
}
