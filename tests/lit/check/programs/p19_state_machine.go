// A state machine with function-typed states and a map of handlers.
package main

import (
	"fmt"
	"strings"
)

type State func(r rune) State

type Lexer struct {
	words []string
	cur   strings.Builder
}

func (l *Lexer) inWord(r rune) State {
	if r == ' ' {
		l.words = append(l.words, l.cur.String())
		l.cur.Reset()
		return l.inSpace
	}
	l.cur.WriteRune(r)
	return l.inWord
}

func (l *Lexer) inSpace(r rune) State {
	if r == ' ' {
		return l.inSpace
	}
	return l.inWord(r)
}

func main() {
	l := &Lexer{}
	state := State(l.inSpace)
	for _, r := range "go is  fun " {
		state = state(r)
	}
	handlers := map[string]func(int) int{
		"double": func(x int) int { return x * 2 },
		"square": func(x int) int { return x * x },
	}
	fmt.Println(l.words, handlers["square"](handlers["double"](3)))
}
