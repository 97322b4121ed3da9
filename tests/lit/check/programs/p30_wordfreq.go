// Word frequencies: strings.Fields, map counting, sorting by a closure,
// variadic formatting, a struct slice.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type WordCount struct {
	Word  string
	Count int
}

func frequencies(text string) []WordCount {
	counts := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return r < 'a' || r > 'z'
	}) {
		counts[w]++
	}
	out := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		out = append(out, WordCount{w, c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Word < out[j].Word
	})
	return out
}

func main() {
	for _, wc := range frequencies("the cat and the hat; The end.") {
		fmt.Printf("%-4s %d\n", wc.Word, wc.Count)
	}
}
