// goparse is the reference for bench/parse: go1.19's own Go parser
// (go/parser, without object resolution, as close as the standard library
// gets to the compiler's syntax package) timed over the same files as
// parse_bench, with the same output format.
//
// Usage: goparse [-rounds N] -list FILE | goparse [-rounds N] FILE...
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"time"
)

func main() {
	rounds := flag.Int("rounds", 3, "timed rounds (the best is reported)")
	list := flag.String("list", "", "file listing the inputs, one a line")
	flag.Parse()
	paths := flag.Args()
	if *list != "" {
		f, err := os.Open(*list)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if sc.Text() != "" {
				paths = append(paths, sc.Text())
			}
		}
		f.Close()
	}
	var srcs [][]byte
	var nbytes, nlines int
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		srcs = append(srcs, b)
		nbytes += len(b)
		nlines += bytes.Count(b, []byte{'\n'})
	}
	best := time.Duration(1 << 62)
	failed := 0
	for r := 0; r < *rounds; r++ {
		failed = 0
		t0 := time.Now()
		for i, p := range paths {
			fset := token.NewFileSet()
			if _, err := parser.ParseFile(fset, p, srcs[i], parser.SkipObjectResolution); err != nil {
				failed++
			}
		}
		if d := time.Since(t0); d < best {
			best = d
		}
	}
	s := best.Seconds()
	fmt.Printf("files %d  lines %d  bytes %d  with errors %d\n", len(paths), nlines, nbytes, failed)
	fmt.Printf("best of %d: %.3f s  %.0f lines/s  %.2f MB/s\n", *rounds, s, float64(nlines)/s, float64(nbytes)/s/1e6)
}
