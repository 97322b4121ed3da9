// Implementing standard interfaces: fmt.Stringer, io.Writer, error, sort.Interface.
package main

import (
	"fmt"
	"io"
	"os"
)

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	if c == Red {
		return "red"
	}
	return "green"
}

type CountWriter struct {
	W     io.Writer
	Bytes int
}

func (cw *CountWriter) Write(p []byte) (int, error) {
	n, err := cw.W.Write(p)
	cw.Bytes += n
	return n, err
}

func main() {
	var s fmt.Stringer = Green
	cw := &CountWriter{W: os.Stdout}
	var w io.Writer = cw
	fmt.Fprintf(w, "%v %v\n", s, Red)
	fmt.Fprintln(w, cw.Bytes)
	io.WriteString(w, "done\n")
}
