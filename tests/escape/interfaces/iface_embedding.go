package p

type Reader interface{ Read() []byte }
type Writer interface{ Write(b []byte) }
type RW interface {
	Reader
	Writer
}

type buf struct{ data []byte }

func (b *buf) Read() []byte   { return b.data }
func (b *buf) Write(p []byte) { b.data = append(b.data, p...) }

// call through an embedded interface
func copyOne(rw RW) {
	rw.Write(rw.Read())
}

// narrow to an embedded interface
func narrow(rw RW) Reader {
	return rw
}

// concrete to composed interface, devirtualized
func concrete() int {
	var rw RW = &buf{}
	rw.Write([]byte("x"))
	return len(rw.Read())
}
