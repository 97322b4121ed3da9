// gotype: go1.19's parser and type checker (go/parser, go/types — the same
// algorithms as gc's syntax and types2) over the files of bench/check,
// each file one package, imports from the toolchain's export data. The Go
// side of bench/check/run.sh.
//
//	gotype -rounds N -list FILE | FILE.go...
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"strings"
	"time"
)

func main() {
	rounds := flag.Int("rounds", 3, "rounds (the best is reported)")
	list := flag.String("list", "", "file with one path per line")
	flag.Parse()
	paths := flag.Args()
	if *list != "" {
		f, err := os.Open(*list)
		if err != nil {
			panic(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" {
				paths = append(paths, line)
			}
		}
	}
	var srcs [][]byte
	lines := 0
	bytes := 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			panic(err)
		}
		srcs = append(srcs, b)
		lines += strings.Count(string(b), "\n")
		bytes += len(b)
	}
	bestParse, bestCheck := 0.0, 0.0
	errors := 0
	for r := 0; r < *rounds; r++ {
		var parse, check time.Duration
		errors = 0
		for i, p := range paths {
			fset := token.NewFileSet()
			t0 := time.Now()
			f, err := parser.ParseFile(fset, p, srcs[i], parser.ParseComments)
			t1 := time.Now()
			if err == nil {
				conf := types.Config{Importer: importer.Default(), Sizes: types.SizesFor("gc", "amd64"),
					Error: func(error) {}}
				_, err = conf.Check("main", fset, []*ast.File{f}, nil)
			}
			t2 := time.Now()
			if err != nil {
				errors++
			}
			parse += t1.Sub(t0)
			check += t2.Sub(t1)
		}
		if r == 0 || parse.Seconds()+check.Seconds() < bestParse+bestCheck {
			bestParse, bestCheck = parse.Seconds(), check.Seconds()
		}
	}
	total := bestParse + bestCheck
	suffix := ""
	if errors > 0 {
		suffix = fmt.Sprintf(" [%d files with errors]", errors)
	}
	fmt.Printf("go1.19 go/types: %d files, %d lines, %.1f KiB: parse %.3fs + check %.3fs = %.3fs (%.0f lines/s)%s\n",
		len(paths), lines, float64(bytes)/1024, bestParse, bestCheck, total, float64(lines)/total, suffix)
}
