// gcoutput.go: records go1.19's real compiler output for errorcheck tests,
// compiled exactly as Go's test/run.go compiles them, so that goescape's
// errorcheck runner can be checked against gc without running gc.
//
// Usage (see regen.sh):
//
//	go run gcoutput.go -root DIR -out OUTDIR FILE...
//
// FILE is relative to DIR (e.g. escape2.go, fixedbugs/issue18895.go). For
// each file the recipe (first comment line, after an optional +build line,
// up to the first blank line) is read with run.go's rules:
//
//   - errorcheck, errorcheckwithauto: one compile,
//     go tool compile -p=p -d=panic -C -e -o a.o FLAGS DIR/FILE
//     where FLAGS are the recipe's compiler flags plus -d=ssa/check/on
//     (appended to an existing -d= flag), run in a fresh temporary
//     directory with GOENV=off GOFLAGS= as run.go does;
//   - errorcheckdir, errorcheckandrundir: one compile per package of
//     DIR/FILE-without-.go.dir (files grouped by package clause, packages in
//     order of their first file, or one package per file with -s), all in
//     one temporary directory so later packages import earlier ones:
//     go tool compile -e -D test -I . (-p=main | -o test/N.a -p test/N)
//     FLAGS -d=panic FILES.
//
// Each compile writes OUTDIR/FILE.out (or OUTDIR/FILE.pkgK.out) holding a
// header of "# " lines (root, files relative to root, each argument given
// to the compiler before the files, exit status) then the combined
// stdout+stderr verbatim. Nothing here is copied from run.go; it restates
// run.go's command lines, which the replay checks argument by argument.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"unicode"
)

var (
	root   = flag.String("root", "/usr/share/go-1.19/test", "directory the files are relative to")
	outDir = flag.String("out", "", "output directory")
)

func main() {
	flag.Parse()
	if *outDir == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: go run gcoutput.go -root DIR -out OUTDIR FILE...")
		os.Exit(2)
	}
	failed := false
	for _, rel := range flag.Args() {
		if err := record(rel); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", rel, err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

// recipe returns the action and its arguments, as run.go reads them.
func recipe(src string) (string, []string, error) {
	head, _, ok := strings.Cut(src, "\n\n")
	if !ok {
		return "", nil, errors.New("no blank line ends the recipe")
	}
	if first, rest, ok := strings.Cut(head, "\n"); ok && strings.Contains(first, "+build") {
		head = rest
	}
	head = strings.TrimPrefix(head, "//")
	words, err := shellSplit(head)
	if err != nil || len(words) == 0 {
		return "", nil, fmt.Errorf("bad recipe %q", head)
	}
	return words[0], words[1:], nil
}

// shellSplit splits on white space, honouring '...', "..." and backslash.
func shellSplit(s string) ([]string, error) {
	var words []string
	var cur []rune
	inWord, escaped := false, false
	var quote rune
	for _, r := range s {
		switch {
		case escaped:
			escaped = false
			cur = append(cur, r)
		case r == '\\':
			escaped = true
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur = append(cur, r)
			}
		case r == '"' || r == '\'':
			quote, inWord = r, true
		case unicode.IsSpace(r):
			if inWord || len(cur) > 0 {
				words = append(words, string(cur))
			}
			cur, inWord = cur[:0], false
		default:
			cur = append(cur, r)
		}
	}
	if inWord || len(cur) > 0 {
		words = append(words, string(cur))
	}
	if quote != 0 || escaped {
		return words, errors.New("unbalanced quote or escape")
	}
	return words, nil
}

func record(rel string) error {
	srcBytes, err := os.ReadFile(filepath.Join(*root, rel))
	if err != nil {
		return err
	}
	action, args, err := recipe(string(srcBytes))
	if err != nil {
		return err
	}
	var flags, env []string
	singleFilePkgs := false
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		switch args[0] {
		case "-0", "-1":
		case "-s":
			singleFilePkgs = true
		case "-t":
			args = args[1:]
		case "-goexperiment":
			args = args[1:]
			env = append(env, "GOEXPERIMENT="+args[0])
		default:
			flags = append(flags, args[0])
		}
		args = args[1:]
	}
	switch action {
	case "errorcheck", "errorcheckwithauto":
		found := false
		for i, f := range flags {
			if strings.HasPrefix(f, "-d=") {
				flags[i] = f + ",ssa/check/on"
				found = true
				break
			}
		}
		if !found {
			flags = append(flags, "-d=ssa/check/on")
		}
		dir, err := tempDir()
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		pre := append([]string{"-p=p", "-d=panic", "-C", "-e", "-o", "a.o"}, flags...)
		return compile(dir, env, pre, []string{rel}, filepath.Join(*outDir, rel+".out"))
	case "errorcheckdir", "errorcheckandrundir":
		flags = append(flags, "-d=panic")
		dirRel := strings.TrimSuffix(rel, ".go") + ".dir"
		pkgs, err := packages(dirRel, singleFilePkgs)
		if err != nil {
			return err
		}
		dir, err := tempDir()
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		for k, pkg := range pkgs {
			pre := []string{"-e", "-D", "test", "-I", "."}
			if pkg.name == "main" {
				pre = append(pre, "-p=main")
			} else {
				p := "test/" + strings.TrimSuffix(filepath.Base(pkg.files[0]), ".go")
				pre = append(pre, "-o", p+".a", "-p", p)
			}
			pre = append(pre, flags...)
			out := filepath.Join(*outDir, fmt.Sprintf("%s.pkg%d.out", rel, k))
			if err := compile(dir, env, pre, pkg.files, out); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("recipe %q is not an errorcheck", action)
}

func tempDir() (string, error) {
	dir, err := os.MkdirTemp("", "gcoutput")
	if err != nil {
		return "", err
	}
	return dir, os.Mkdir(filepath.Join(dir, "test"), 0o755)
}

type pkg struct {
	name  string
	files []string // relative to root
}

var packageClause = regexp.MustCompile(`(?m)^package ([\p{Lu}\p{Ll}\w]+)`)

// packages groups the .go files of dirRel (sorted by name) by package.
func packages(dirRel string, single bool) ([]*pkg, error) {
	entries, err := os.ReadDir(filepath.Join(*root, dirRel))
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if filepath.Ext(e.Name()) == ".go" {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	var out []*pkg
	byName := map[string]*pkg{}
	for _, n := range names {
		src, err := os.ReadFile(filepath.Join(*root, dirRel, n))
		if err != nil {
			return nil, err
		}
		m := packageClause.FindStringSubmatch(string(src))
		if m == nil {
			return nil, fmt.Errorf("%s/%s: no package clause", dirRel, n)
		}
		p, ok := byName[m[1]]
		if single || !ok {
			p = &pkg{name: m[1]}
			out = append(out, p)
			byName[m[1]] = p
		}
		p.files = append(p.files, filepath.Join(dirRel, n))
	}
	return out, nil
}

func compile(dir string, env, pre, files []string, outFile string) error {
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	args := append([]string{"tool", "compile"}, pre...)
	for _, f := range files {
		args = append(args, filepath.Join(*root, f))
	}
	cmd := exec.Command(goTool, args...)
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOENV=off", "GOFLAGS=", "PWD="+dir,
		"PATH="+filepath.Join(runtime.GOROOT(), "bin")+string(filepath.ListSeparator)+os.Getenv("PATH"))
	cmd.Env = append(cmd.Env, env...)
	exit := 0
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			return err
		}
		exit = ee.ExitCode()
	}
	var hdr strings.Builder
	fmt.Fprintf(&hdr, "# goescape-replay v1\n# root %s\n", *root)
	for _, f := range files {
		fmt.Fprintf(&hdr, "# file %s\n", f)
	}
	for _, a := range pre {
		fmt.Fprintf(&hdr, "# arg %s\n", a)
	}
	fmt.Fprintf(&hdr, "# exit %d\n# output\n", exit)
	if err := os.MkdirAll(filepath.Dir(outFile), 0o755); err != nil {
		return err
	}
	return os.WriteFile(outFile, append([]byte(hdr.String()), buf.Bytes()...), 0o644)
}
