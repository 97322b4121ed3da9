#!/usr/bin/env python3
"""gen_corpus.py N OUT.go: a valid single-file Go package of N "modules"
(about 60 lines each): struct types with methods, interfaces, closures,
maps, slices, switches, constants and package-level variables, importing
fmt, sort and strings. Used by bench/check/run.sh."""
import sys

TEMPLATE = '''
type Item{i} struct {{
	Name  string
	Count int
	Tags  []string
	next  *Item{i}
}}

type Store{i} interface {{
	Get(name string) (*Item{i}, bool)
	Put(it *Item{i})
}}

type mapStore{i} map[string]*Item{i}

func (m mapStore{i}) Get(name string) (*Item{i}, bool) {{
	it, ok := m[name]
	return it, ok
}}

func (m mapStore{i}) Put(it *Item{i}) {{ m[it.Name] = it }}

const limit{i} = 1 << ({i} % 20)

var default{i} = &Item{i}{{Name: "d{i}", Count: limit{i}}}

func process{i}(s Store{i}, names []string) (total int, err error) {{
	seen := map[string]bool{{}}
	var out []string
	for i, n := range names {{
		if seen[n] {{
			continue
		}}
		seen[n] = true
		it, ok := s.Get(n)
		switch {{
		case !ok:
			it = &Item{i}{{Name: n, Count: i}}
			s.Put(it)
		case it.Count > limit{i}:
			return total, fmt.Errorf("item %s over limit %d", n, limit{i})
		default:
			it.Tags = append(it.Tags, strings.ToUpper(n))
		}}
		total += it.Count
		out = append(out, it.Name)
	}}
	sort.Slice(out, func(a, b int) bool {{ return len(out[a]) < len(out[b]) }})
	apply := func(f func(int) int) {{ total = f(total) }}
	apply(func(x int) int {{ return x + len(out) }})
	return total, nil
}}
'''

def main():
    n = int(sys.argv[1])
    with open(sys.argv[2], "w") as f:
        f.write('package main\n\nimport (\n\t"fmt"\n\t"sort"\n\t"strings"\n)\n')
        for i in range(n):
            f.write(TEMPLATE.format(i=i))
        f.write('\nfunc main() {\n')
        for i in range(n):
            f.write('\tprocess%d(mapStore%d{}, []string{"a", "b"})\n' % (i, i))
        f.write('}\n')

if __name__ == "__main__":
    main()
