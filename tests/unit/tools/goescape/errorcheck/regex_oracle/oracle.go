// oracle.go: evaluates (pattern, input) pairs with go1.19's regexp package
// and writes the results as the golden file that regex_test.cpp checks
// goescape's regex engine against.
//
// Usage (see regen.sh):
//
//	go run oracle.go -cases cases.json -tests TESTROOT -list m-tests.txt \
//	    -gcoutput GCDIR > regex_golden.jsonl
//
// Cases come from two places:
//   - cases.json: a hand-written table of patterns, each with inputs (text,
//     or hex bytes for invalid UTF-8) and whether to also record
//     ReplaceAllLiteralString(input, "<R>");
//   - every `// ERROR "re"` pattern of the errorcheck tests listed in
//     m-tests.txt (and the files of their .dir folders), extracted with
//     run.go's rules (quoted text taken raw, LINE[+-n] substituted), each
//     paired with the messages go1.19 printed for its line (GCDIR holds
//     them, see tests/lit/errorcheck/regen.sh) and for the next line that
//     has messages, as run.go would present them (the text after the
//     first space).
//
// Output: one JSON object per line, in a stable order:
//
//	{"pattern":..., "input":... | "input_hex":..., "error":...}          or
//	{"pattern":..., "input":..., "match":bool, "submatch":[...], "replace":...}
//
// The first record of each hand case also has "quote" and "bquote": the
// pattern printed with fmt's %q and %#q, as run.go prints regexps.
package main

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var (
	casesFile = flag.String("cases", "cases.json", "hand-written cases")
	testRoot  = flag.String("tests", "/usr/share/go-1.19/test", "Go's test directory")
	listFile  = flag.String("list", "", "errorcheck test files, relative to -tests, one a line")
	gcDir     = flag.String("gcoutput", "", "recorded gc output (tests/lit/errorcheck/Inputs/gc-output)")
)

type handCase struct {
	Pattern   string   `json:"pattern"`
	Inputs    []string `json:"inputs"`
	HexInputs []string `json:"hex_inputs"`
	Replace   bool     `json:"replace"`
}

type result struct {
	Pattern  string  `json:"pattern"`
	Input    string  `json:"input,omitempty"`
	InputHex string  `json:"input_hex,omitempty"`
	Error    string  `json:"error,omitempty"`
	Match    *bool   `json:"match,omitempty"`
	Submatch []int   `json:"submatch,omitempty"`
	Replace  *string `json:"replace,omitempty"`
	Quote    string  `json:"quote,omitempty"`  // fmt %q of the pattern (hand cases)
	BQuote   string  `json:"bquote,omitempty"` // fmt %#q of the pattern (hand cases)
}

func main() {
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	emit := func(r result) {
		if err := enc.Encode(r); err != nil {
			fail(err)
		}
	}

	data, err := os.ReadFile(*casesFile)
	if err != nil {
		fail(err)
	}
	var cases []handCase
	if err := json.Unmarshal(data, &cases); err != nil {
		fail(err)
	}
	for _, c := range cases {
		var rs []result
		for _, in := range c.Inputs {
			rs = append(rs, evaluate(c.Pattern, in, false, c.Replace))
		}
		for _, h := range c.HexInputs {
			b, err := hex.DecodeString(h)
			if err != nil {
				fail(err)
			}
			rs = append(rs, evaluate(c.Pattern, string(b), true, c.Replace))
		}
		if len(rs) == 0 {
			rs = append(rs, evaluate(c.Pattern, "", false, c.Replace))
		}
		// run.go prints regexps with %q (missing error) and %#q (no match).
		rs[0].Quote = fmt.Sprintf("%q", c.Pattern)
		rs[0].BQuote = fmt.Sprintf("%#q", c.Pattern)
		for _, r := range rs {
			emit(r)
		}
	}

	if *listFile == "" {
		return
	}
	seen := map[[2]string]bool{}
	for _, pair := range testPairs() {
		if !seen[pair] {
			seen[pair] = true
			emit(evaluate(pair[0], pair[1], false, false))
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "oracle:", err)
	os.Exit(1)
}

func evaluate(pattern, input string, asHex, replace bool) result {
	r := result{Pattern: pattern}
	if asHex {
		r.InputHex = hex.EncodeToString([]byte(input))
	} else {
		r.Input = input
	}
	re, err := regexp.Compile(pattern)
	if err != nil {
		r.Error = err.Error()
		return r
	}
	m := re.MatchString(input)
	r.Match = &m
	r.Submatch = re.FindStringSubmatchIndex(input)
	if replace {
		s := re.ReplaceAllLiteralString(input, "<R>")
		r.Replace = &s
	}
	return r
}

// testPairs returns (pattern, message text) pairs from the listed tests.
func testPairs() [][2]string {
	list, err := os.ReadFile(*listFile)
	if err != nil {
		fail(err)
	}
	var pairs [][2]string
	for _, rel := range strings.Fields(string(list)) {
		sources := []string{rel}
		dir := strings.TrimSuffix(rel, ".go") + ".dir"
		if names, err := filepath.Glob(filepath.Join(*testRoot, dir, "*.go")); err == nil {
			sort.Strings(names)
			for _, n := range names {
				sources = append(sources, filepath.Join(dir, filepath.Base(n)))
			}
		}
		msgs := messages(rel)
		for _, src := range sources {
			pairs = append(pairs, filePairs(src, msgs)...)
		}
	}
	return pairs
}

// messages maps "short:line" to the texts gc printed for that line in the
// recorded outputs of test rel (all its compiles).
func messages(rel string) map[string][]string {
	out := map[string][]string{}
	outs, _ := filepath.Glob(filepath.Join(*gcDir, rel+".*out"))
	for _, f := range outs {
		data, err := os.ReadFile(f)
		if err != nil {
			fail(err)
		}
		text := string(data)
		root := ""
		var files []string
		for {
			line, rest, _ := strings.Cut(text, "\n")
			text = rest
			if line == "# output" {
				break
			}
			if strings.HasPrefix(line, "# root ") {
				root = strings.TrimPrefix(line, "# root ")
			}
			if strings.HasPrefix(line, "# file ") {
				files = append(files, strings.TrimPrefix(line, "# file "))
			}
		}
		for _, file := range files {
			text = strings.ReplaceAll(text, filepath.Join(root, file), filepath.Base(file))
		}
		var lines []string
		for _, l := range strings.Split(text, "\n") {
			if strings.HasPrefix(l, "\t") && len(lines) > 0 {
				lines[len(lines)-1] += "\n" + l
			} else if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		for _, l := range lines {
			name, rest, ok := strings.Cut(l, ":")
			if !ok {
				continue
			}
			num, _, ok := strings.Cut(rest, ":")
			if !ok {
				continue
			}
			msg := l
			if _, after, ok := strings.Cut(l, " "); ok {
				msg = after
			}
			key := name + ":" + num
			out[key] = append(out[key], msg)
		}
	}
	return out
}

// filePairs extracts the ERROR patterns of one source file (run.go's
// rules, restated) and pairs each with its line's messages and the next
// line's.
func filePairs(rel string, msgs map[string][]string) [][2]string {
	data, err := os.ReadFile(filepath.Join(*testRoot, rel))
	if err != nil {
		fail(err)
	}
	short := filepath.Base(rel)
	lines := strings.Split(string(data), "\n")
	var msgLines []int
	for i := range lines {
		if len(msgs[fmt.Sprintf("%s:%d", short, i+1)]) > 0 {
			msgLines = append(msgLines, i+1)
		}
	}
	var pairs [][2]string
	for i, line := range lines {
		num := i + 1
		if strings.Contains(line, "////") {
			continue
		}
		rest := ""
		if j := strings.Index(line, "// ERRORAUTO "); j >= 0 {
			rest = line[j+len("// ERRORAUTO "):]
		} else if j := indexError(line); j >= 0 {
			rest = line[j:]
		} else {
			continue
		}
		for _, p := range quoted(rest) {
			p = substituteLine(p, short, num)
			inputs := append([]string{}, msgs[fmt.Sprintf("%s:%d", short, num)]...)
			for _, n := range msgLines {
				if n > num {
					inputs = append(inputs, msgs[fmt.Sprintf("%s:%d", short, n)]...)
					break
				}
			}
			if len(inputs) == 0 {
				inputs = []string{""}
			}
			for _, in := range inputs {
				pairs = append(pairs, [2]string{p, in})
			}
		}
	}
	return pairs
}

// indexError returns the offset after the first "// ERROR " or
// "// GC_ERROR ", or -1.
func indexError(line string) int {
	start, end := -1, -1
	for _, marker := range []string{"// ERROR ", "// GC_ERROR "} {
		if j := strings.Index(line, marker); j >= 0 && (start < 0 || j < start) {
			start, end = j, j+len(marker)
		}
	}
	return end
}

// quoted returns the texts between successive pairs of double quotes.
func quoted(s string) []string {
	var out []string
	for {
		a := strings.IndexByte(s, '"')
		if a < 0 {
			return out
		}
		b := strings.IndexByte(s[a+1:], '"')
		if b < 0 {
			return out
		}
		out = append(out, s[a+1:a+1+b])
		s = s[a+1+b+1:]
	}
}

// substituteLine replaces LINE, LINE+n and LINE-n with short:number.
func substituteLine(p, short string, num int) string {
	var b strings.Builder
	for {
		j := strings.Index(p, "LINE")
		if j < 0 {
			b.WriteString(p)
			return b.String()
		}
		b.WriteString(p[:j])
		p = p[j+4:]
		n := num
		if len(p) > 1 && (p[0] == '+' || p[0] == '-') && p[1] >= '0' && p[1] <= '9' {
			k := 1
			for k < len(p) && p[k] >= '0' && p[k] <= '9' {
				k++
			}
			d, _ := strconv.Atoi(p[1:k])
			if p[0] == '+' {
				n += d
			} else {
				n -= d
			}
			p = p[k:]
		}
		fmt.Fprintf(&b, "%s:%d", short, n)
	}
}
