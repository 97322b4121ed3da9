// Embedding: promoted fields and methods, embedded pointers and interfaces.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }

type Service struct {
	*Logger
	Base
	io.Reader
	name string
}

func main() {
	s := Service{Logger: &Logger{"> "}, Base: Base{7}, Reader: strings.NewReader("abc")}
	s.Log("start")
	fmt.Println(s.Describe(), s.ID)
	buf := make([]byte, 2)
	n, _ := s.Read(buf)
	var r io.Reader = s
	fmt.Println(n, r != nil, s.name)
}
