// Strings, bytes and runes: conversions, indexing, building, strconv.
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	s := "héllo, 世界"
	var sb strings.Builder
	for i, r := range s {
		if i > 0 {
			sb.WriteByte('-')
		}
		sb.WriteRune(r)
	}
	var buf bytes.Buffer
	buf.WriteString(strconv.Itoa(42))
	n, err := strconv.Atoi("17")
	c := s[1]
	fmt.Println(reverse(s), sb.String(), buf.Len(), n, err, c, utf8.RuneCountInString(s),
		strings.Split("a,b", ","), strings.Repeat("ab", 2), string(rune(65)))
}
