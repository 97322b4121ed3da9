// A file given with a directory: its JSON file is named after the base
// name only, and its URIs carry the relative path as given.
package main

type Buf struct{ data []byte }

func NewBuf(n int) *Buf {
	return &Buf{data: make([]byte, n)}
}

func (b *Buf) Bytes() []byte { return b.data }

func main() {
	b := NewBuf(16)
	_ = b.Bytes()
}
