// stdlib-tool: helper for goescape's standard-library stubs (frontend/stdlib).
//
// Needs go1.19 (it reads go1.19's export data and sources). It is driven by the
// scripts next to it; run one of them rather than this file directly:
//
//	stdlib-gen.sh        gen:       manifest.txt (+ summaries.golden) -> stub files
//	stdlib-validate.sh   apicheck:  stubs vs the real go1.19 API (signatures, consts,
//	                                vars, interfaces, struct layouts and pointer maps)
//	                     layoutprobe: Go program printing Sizeof/Alignof/Offsetof
//	stdlib-layouts.sh    layoutprobe (real packages) -> layouts.golden
//	stdlib-summaries.sh  stubfuncs, callprobe, oracle: escape tags of every stub
//	                     function from go1.19 -> summaries.golden
//
// The tool copies no function bodies: it prints declarations (signatures, type
// layouts, constant values) taken from go1.19's export data and parsed sources.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/format"
	"go/importer"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var fset = token.NewFileSet()

func fatalf(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "stdlib-tool: "+format+"\n", args...)
	os.Exit(1)
}

// ---------------------------------------------------------------------------
// Real packages (export data of go1.19's std) and their sources.

var realImporter = importer.ForCompiler(fset, "gc", nil)
var realPkgs = map[string]*types.Package{}

func realPkg(path string) *types.Package {
	if p, ok := realPkgs[path]; ok {
		return p
	}
	p, err := realImporter.Import(path)
	if err != nil {
		fatalf("import %s: %v", path, err)
	}
	realPkgs[path] = p
	return p
}

// srcDecl is one top-level declaration of a real package's source.
type srcDecl struct {
	file   string // base name
	offset int
	fn     *ast.FuncDecl
	expr   ast.Expr // const value expression, if explicit
	body   bool
	noesc  bool // //go:noescape
}

type srcPkg struct {
	fset  *token.FileSet
	dir   string
	decls map[string]*srcDecl // "Name" or "T.M"
}

var srcPkgs = map[string]*srcPkg{}

func realSrc(path string) *srcPkg {
	if p, ok := srcPkgs[path]; ok {
		return p
	}
	bp, err := build.Import(path, "", 0)
	if err != nil {
		fatalf("build.Import %s: %v", path, err)
	}
	sfset := token.NewFileSet()
	sp := &srcPkg{fset: sfset, dir: bp.Dir, decls: map[string]*srcDecl{}}
	files := append([]string{}, bp.GoFiles...)
	sort.Strings(files)
	for _, fn := range files {
		f, err := parser.ParseFile(sfset, filepath.Join(bp.Dir, fn), nil, parser.ParseComments)
		if err != nil {
			fatalf("parse %s: %v", fn, err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				key := d.Name.Name
				if d.Recv != nil && len(d.Recv.List) == 1 {
					key = recvTypeName(d.Recv.List[0].Type) + "." + key
				}
				sd := &srcDecl{file: fn, offset: sfset.Position(d.Pos()).Offset, fn: d, body: d.Body != nil}
				if d.Doc != nil {
					for _, c := range d.Doc.List {
						if strings.HasPrefix(c.Text, "//go:noescape") {
							sd.noesc = true
						}
					}
				}
				sp.decls[key] = sd
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						sp.decls[s.Name.Name] = &srcDecl{file: fn, offset: sfset.Position(s.Pos()).Offset}
					case *ast.ValueSpec:
						for i, n := range s.Names {
							sd := &srcDecl{file: fn, offset: sfset.Position(n.Pos()).Offset}
							if d.Tok == token.CONST && len(s.Values) == len(s.Names) {
								sd.expr = s.Values[i]
							}
							sp.decls[n.Name] = sd
						}
					}
				}
			}
		}
	}
	srcPkgs[path] = sp
	return sp
}

func recvTypeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return recvTypeName(e.X)
	case *ast.Ident:
		return e.Name
	case *ast.IndexExpr:
		return recvTypeName(e.X)
	case *ast.IndexListExpr:
		return recvTypeName(e.X)
	case *ast.ParenExpr:
		return recvTypeName(e.X)
	}
	return "?"
}

// ---------------------------------------------------------------------------
// Generic helpers on go/types.

func hasPointers(t types.Type) bool {
	switch t := t.Underlying().(type) {
	case *types.Basic:
		return t.Kind() == types.String || t.Kind() == types.UnsafePointer || t.Kind() == types.UntypedString
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
		return true
	case *types.Array:
		return t.Len() > 0 && hasPointers(t.Elem())
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if hasPointers(t.Field(i).Type()) {
				return true
			}
		}
	}
	return false
}

var sizes = types.SizesFor("gc", "amd64")

// ptrMask returns the pointer words of t ("1" = pointer word) as gc lays them out.
func ptrMask(t types.Type) string {
	n := sizes.Sizeof(t) / 8
	if n > 4096 {
		n = 4096
	}
	m := make([]byte, n)
	for i := range m {
		m[i] = '0'
	}
	var walk func(t types.Type, off int64)
	walk = func(t types.Type, off int64) {
		if off/8 >= int64(len(m)) {
			return
		}
		switch u := t.Underlying().(type) {
		case *types.Basic:
			switch u.Kind() {
			case types.String, types.UnsafePointer:
				m[off/8] = '1'
			}
		case *types.Pointer, *types.Map, *types.Chan, *types.Signature:
			m[off/8] = '1'
		case *types.Slice:
			m[off/8] = '1'
		case *types.Interface:
			m[off/8] = '1'
			m[off/8+1] = '1'
		case *types.Array:
			es := sizes.Sizeof(u.Elem())
			for i := int64(0); i < u.Len() && (off+i*es)/8 < int64(len(m)); i++ {
				walk(u.Elem(), off+i*es)
			}
		case *types.Struct:
			var fs []*types.Var
			for i := 0; i < u.NumFields(); i++ {
				fs = append(fs, u.Field(i))
			}
			offs := sizes.Offsetsof(fs)
			for i, f := range fs {
				walk(f.Type(), off+offs[i])
			}
		}
	}
	walk(t, 0)
	s := strings.TrimRight(string(m), "0")
	return s
}

// objKey names a package-level object or a method: "Name", "T.M".
func methodRecvName(f *types.Func) (string, bool) {
	sig := f.Type().(*types.Signature)
	rt := sig.Recv().Type()
	ptr := false
	if p, ok := rt.(*types.Pointer); ok {
		rt, ptr = p.Elem(), true
	}
	if n, ok := rt.(*types.Named); ok {
		return n.Obj().Name(), ptr
	}
	return "?", ptr
}

// ---------------------------------------------------------------------------
// Manifest.

type mpkg struct {
	path  string
	items []string
}

func readManifest(fn string) []*mpkg {
	f, err := os.Open(fn)
	if err != nil {
		fatalf("%v", err)
	}
	defer f.Close()
	var pkgs []*mpkg
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		fs := strings.Fields(line)
		if len(fs) == 0 {
			continue
		}
		if fs[0] == "package" {
			pkgs = append(pkgs, &mpkg{path: fs[1]})
			continue
		}
		if len(pkgs) == 0 {
			fatalf("manifest: item before package")
		}
		pkgs[len(pkgs)-1].items = append(pkgs[len(pkgs)-1].items, fs...)
	}
	return pkgs
}

// ---------------------------------------------------------------------------
// Generator.

type gpkg struct {
	path    string
	objs    map[string]types.Object // emitted package-level objects
	methods map[string]*types.Func  // "T.M"
}

type gen struct {
	pkgs    map[string]*gpkg
	order   []string
	queue   []types.Object
	golden  map[string]map[string]string // key -> param -> summary text
	goldenK map[string]bool
}

func (g *gen) pkg(path string) *gpkg {
	p := g.pkgs[path]
	if p == nil {
		p = &gpkg{path: path, objs: map[string]types.Object{}, methods: map[string]*types.Func{}}
		g.pkgs[path] = p
		g.order = append(g.order, path)
	}
	return p
}

func isGeneric(o types.Object) bool {
	switch o := o.(type) {
	case *types.TypeName:
		if n, ok := o.Type().(*types.Named); ok && !o.IsAlias() {
			return n.TypeParams().Len() > 0
		}
	case *types.Func:
		return o.Type().(*types.Signature).TypeParams().Len() > 0
	}
	return false
}

func (g *gen) addObj(o types.Object) {
	if o.Pkg() == nil {
		return
	}
	p := g.pkg(o.Pkg().Path())
	if _, ok := p.objs[o.Name()]; ok {
		return
	}
	if isGeneric(o) {
		fatalf("generic declaration %s.%s cannot be stubbed", o.Pkg().Path(), o.Name())
	}
	p.objs[o.Name()] = o
	g.queue = append(g.queue, o)
}

func (g *gen) addMethod(f *types.Func) {
	tn, _ := methodRecvName(f)
	p := g.pkg(f.Pkg().Path())
	k := tn + "." + f.Name()
	if _, ok := p.methods[k]; ok {
		return
	}
	p.methods[k] = f
	g.queue = append(g.queue, f)
}

func namedMethods(n *types.Named) []*types.Func {
	var r []*types.Func
	for i := 0; i < n.NumMethods(); i++ {
		r = append(r, n.Method(i))
	}
	return r
}

func (g *gen) addItem(path, item string) {
	rp := realPkg(path)
	sc := rp.Scope()
	if item == "*" {
		for _, name := range sc.Names() {
			o := sc.Lookup(name)
			if !o.Exported() || isGeneric(o) {
				continue
			}
			g.addObj(o)
			if tn, ok := o.(*types.TypeName); ok && !tn.IsAlias() {
				if n, ok := tn.Type().(*types.Named); ok {
					for _, m := range namedMethods(n) {
						if m.Exported() {
							g.addMethod(m)
						}
					}
				}
			}
		}
		return
	}
	if strings.HasPrefix(item, "-") {
		return // exclusions handled by caller
	}
	if i := strings.Index(item, "."); i >= 0 {
		tname, mname := item[:i], item[i+1:]
		o := sc.Lookup(tname)
		if o == nil {
			fatalf("%s: no type %s", path, tname)
		}
		g.addObj(o)
		n := o.Type().(*types.Named)
		found := false
		for _, m := range namedMethods(n) {
			if (mname == "*" && m.Exported()) || m.Name() == mname {
				g.addMethod(m)
				found = true
			}
		}
		if !found {
			fatalf("%s: no method %s", path, item)
		}
		return
	}
	o := sc.Lookup(item)
	if o == nil {
		fatalf("%s: no object %s", path, item)
	}
	g.addObj(o)
}

// walk adds every named type a declaration refers to (through signatures,
// exported struct fields, interface methods and non-struct underlying types).
func (g *gen) walkType(t types.Type) {
	switch t := t.(type) {
	case *types.Basic:
	case *types.Named:
		g.addObj(t.Obj())
	case *types.Pointer:
		g.walkType(t.Elem())
	case *types.Slice:
		g.walkType(t.Elem())
	case *types.Array:
		g.walkType(t.Elem())
	case *types.Map:
		g.walkType(t.Key())
		g.walkType(t.Elem())
	case *types.Chan:
		g.walkType(t.Elem())
	case *types.Signature:
		for i := 0; i < t.Params().Len(); i++ {
			g.walkType(t.Params().At(i).Type())
		}
		for i := 0; i < t.Results().Len(); i++ {
			g.walkType(t.Results().At(i).Type())
		}
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			if f.Exported() {
				g.walkType(f.Type())
			}
		}
	case *types.Interface:
		for i := 0; i < t.NumExplicitMethods(); i++ {
			g.walkType(t.ExplicitMethod(i).Type())
		}
		for i := 0; i < t.NumEmbeddeds(); i++ {
			g.walkType(t.EmbeddedType(i))
		}
	}
}

func (g *gen) drain() {
	for len(g.queue) > 0 {
		o := g.queue[0]
		g.queue = g.queue[1:]
		switch o := o.(type) {
		case *types.TypeName:
			if o.IsAlias() {
				g.walkType(o.Type())
			} else {
				g.walkType(o.Type().Underlying())
			}
		default:
			g.walkType(o.Type())
		}
	}
}

// printer state for one stub file
type pr struct {
	path    string
	imports map[string]string // path -> name
}

func (p *pr) qual(pkg *types.Package) string {
	if pkg == nil || pkg.Path() == p.path {
		return ""
	}
	p.imports[pkg.Path()] = pkg.Name()
	return pkg.Name()
}

func (p *pr) typ(t types.Type) string {
	switch t := t.(type) {
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			p.imports["unsafe"] = "unsafe"
			return "unsafe.Pointer"
		}
		return t.Name()
	case *types.Named:
		q := p.qual(t.Obj().Pkg())
		if q != "" {
			return q + "." + t.Obj().Name()
		}
		return t.Obj().Name()
	case *types.Pointer:
		return "*" + p.typ(t.Elem())
	case *types.Slice:
		return "[]" + p.typ(t.Elem())
	case *types.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), p.typ(t.Elem()))
	case *types.Map:
		return "map[" + p.typ(t.Key()) + "]" + p.typ(t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendRecv:
			e := p.typ(t.Elem())
			if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
				e = "(" + e + ")"
			}
			return "chan " + e
		case types.SendOnly:
			return "chan<- " + p.typ(t.Elem())
		default:
			return "<-chan " + p.typ(t.Elem())
		}
	case *types.Signature:
		return "func" + p.sig(t, nil, true)
	case *types.Struct:
		return p.structType(t, "")
	case *types.Interface:
		return p.ifaceType(t, "")
	}
	fatalf("unsupported type %T %v", t, t)
	return ""
}

// layout prints a type with the same size, alignment, pointer words and
// comparability as t, using only basic and unnamed types (for unexported fields).
func (p *pr) layout(t types.Type) string {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Kind() == types.UnsafePointer {
			p.imports["unsafe"] = "unsafe"
			return "unsafe.Pointer"
		}
		return u.Name()
	case *types.Pointer, *types.Chan:
		p.imports["unsafe"] = "unsafe"
		return "unsafe.Pointer"
	case *types.Map:
		return "map[int]int"
	case *types.Signature:
		return "func()"
	case *types.Slice:
		return "[]byte"
	case *types.Interface:
		return "interface{}"
	case *types.Array:
		return fmt.Sprintf("[%d]%s", u.Len(), p.layout(u.Elem()))
	case *types.Struct:
		if u.NumFields() == 0 {
			return "struct{}"
		}
		var parts []string
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			name := f.Name()
			if f.Embedded() {
				name = strings.ToLower(name[:1]) + name[1:]
			}
			parts = append(parts, name+" "+p.layout(f.Type()))
		}
		return "struct{ " + strings.Join(parts, "; ") + " }"
	}
	fatalf("layout: unsupported %T", t)
	return ""
}

func (p *pr) structType(t *types.Struct, indent string) string {
	if t.NumFields() == 0 {
		return "struct{}"
	}
	var b strings.Builder
	b.WriteString("struct {\n")
	for i := 0; i < t.NumFields(); i++ {
		f := t.Field(i)
		b.WriteString(indent + "\t")
		if f.Exported() {
			if f.Embedded() {
				b.WriteString(p.typ(f.Type()))
			} else {
				b.WriteString(f.Name() + " " + p.typ(f.Type()))
			}
			if tag := t.Tag(i); tag != "" {
				b.WriteString(" " + strconv.Quote(tag))
			}
		} else {
			name := f.Name()
			if f.Embedded() {
				name = strings.ToLower(name[:1]) + name[1:]
			}
			b.WriteString(name + " " + p.layout(f.Type()))
		}
		b.WriteString("\n")
	}
	b.WriteString(indent + "}")
	return b.String()
}

func (p *pr) ifaceType(t *types.Interface, indent string) string {
	if types.Type(t) == types.Universe.Lookup("any").Type() {
		return "any" // spelled any in the real source (types2 and gc print it so)
	}
	if t.NumExplicitMethods() == 0 && t.NumEmbeddeds() == 0 {
		return "interface{}"
	}
	var b strings.Builder
	b.WriteString("interface {\n")
	for i := 0; i < t.NumEmbeddeds(); i++ {
		b.WriteString(indent + "\t" + p.typ(t.EmbeddedType(i)) + "\n")
	}
	for i := 0; i < t.NumExplicitMethods(); i++ {
		m := t.ExplicitMethod(i)
		b.WriteString(indent + "\t" + m.Name() + p.sig(m.Type().(*types.Signature), nil, true) + "\n")
	}
	b.WriteString(indent + "}")
	return b.String()
}

// paramNames returns the names a stub uses for sig's parameters: the real
// ones, with unnamed and blank parameters named p<index>.
func paramNames(sig *types.Signature) []string {
	n := sig.Params().Len()
	names := make([]string, n)
	used := map[string]bool{}
	for i := 0; i < n; i++ {
		used[sig.Params().At(i).Name()] = true
	}
	for i := 0; i < sig.Results().Len(); i++ {
		used[sig.Results().At(i).Name()] = true
	}
	for i := 0; i < n; i++ {
		nm := sig.Params().At(i).Name()
		if nm == "" || nm == "_" {
			nm = fmt.Sprintf("p%d", i)
			for used[nm] {
				nm += "_"
			}
		}
		names[i] = nm
	}
	return names
}

// sig prints "(params) results". names != nil gives parameter names.
func (p *pr) sig(s *types.Signature, names []string, withNames bool) string {
	var b strings.Builder
	b.WriteString("(")
	for i := 0; i < s.Params().Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		v := s.Params().At(i)
		if names != nil {
			b.WriteString(names[i] + " ")
		} else if withNames && v.Name() != "" {
			b.WriteString(v.Name() + " ")
		}
		if s.Variadic() && i == s.Params().Len()-1 {
			b.WriteString("..." + p.typ(v.Type().(*types.Slice).Elem()))
		} else {
			b.WriteString(p.typ(v.Type()))
		}
	}
	b.WriteString(")")
	r := s.Results()
	if r.Len() == 0 {
		return b.String()
	}
	named := r.At(0).Name() != ""
	if r.Len() == 1 && !named {
		return b.String() + " " + p.typ(r.At(0).Type())
	}
	b.WriteString(" (")
	for i := 0; i < r.Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		if named {
			b.WriteString(r.At(i).Name() + " ")
		}
		b.WriteString(p.typ(r.At(i).Type()))
	}
	b.WriteString(")")
	return b.String()
}

// exprHasIdent reports whether e names anything other than the constants in ok.
func exprHasIdent(e ast.Expr, ok map[string]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, isID := n.(*ast.Ident); isID && !ok[id.Name] {
			found = true
		}
		return !found
	})
	return found
}

func (p *pr) constValue(c *types.Const, src *srcDecl, emitted map[string]bool) string {
	v := c.Val()
	b, _ := c.Type().Underlying().(*types.Basic)
	switch v.Kind() {
	case constant.String:
		return strconv.Quote(constant.StringVal(v))
	case constant.Bool:
		return v.ExactString()
	case constant.Int:
		if b != nil && b.Kind() == types.UntypedRune {
			r, _ := constant.Int64Val(v)
			return strconv.QuoteRuneToASCII(rune(r))
		}
		if b != nil && b.Info()&types.IsFloat != 0 && b.Info()&types.IsUntyped != 0 {
			return v.ExactString() + ".0"
		}
		return v.ExactString()
	case constant.Float:
		if src != nil && src.expr != nil && !exprHasIdent(src.expr, emitted) {
			var buf bytes.Buffer
			printer.Fprint(&buf, token.NewFileSet(), src.expr)
			return buf.String()
		}
		num, den := constant.Num(v), constant.Denom(v)
		return num.ExactString() + ".0 / " + den.ExactString()
	}
	fatalf("const %s: unsupported value kind", c.Name())
	return ""
}

type declText struct {
	file   string
	offset int
	text   string
}

func (g *gen) emitPkg(gp *gpkg, outDir string) {
	rp := realPkg(gp.path)
	sp := realSrc(gp.path)
	p := &pr{path: gp.path, imports: map[string]string{}}
	var decls []declText
	pos := func(key string) (string, int) {
		if d := sp.decls[key]; d != nil {
			return d.file, d.offset
		}
		fatalf("%s: no source for %s", gp.path, key)
		return "", 0
	}
	var consts, vars []declText
	emittedConsts := map[string]bool{}
	for name, o := range gp.objs {
		if _, ok := o.(*types.Const); ok {
			emittedConsts[name] = true
		}
	}
	for name, o := range gp.objs {
		f, off := pos(name)
		switch o := o.(type) {
		case *types.Const:
			val := p.constValue(o, sp.decls[name], emittedConsts)
			if b, ok := o.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
				consts = append(consts, declText{f, off, name + " = " + val})
			} else {
				consts = append(consts, declText{f, off, name + " " + p.typ(o.Type()) + " = " + val})
			}
		case *types.Var:
			vars = append(vars, declText{f, off, name + " " + p.typ(o.Type())})
		case *types.TypeName:
			var text string
			if o.IsAlias() {
				text = "type " + name + " = " + p.typ(o.Type())
			} else {
				u := o.Type().Underlying()
				switch u := u.(type) {
				case *types.Struct:
					if !o.Exported() {
						// unexported type: layout only
						text = "type " + name + " " + p.layout(u)
						if u.NumFields() > 0 {
							text = "type " + name + " " + p.structType(layoutOnly(u), "")
						}
					} else {
						text = "type " + name + " " + p.structType(u, "")
					}
				case *types.Interface:
					text = "type " + name + " " + p.ifaceType(u, "")
				default:
					text = "type " + name + " " + p.typ(u)
				}
			}
			decls = append(decls, declText{f, off, text})
		case *types.Func:
			decls = append(decls, declText{f, off, g.funcText(p, gp.path, "", o)})
		}
	}
	for key, m := range gp.methods {
		f, off := pos(key)
		decls = append(decls, declText{f, off, g.funcText(p, gp.path, key, m)})
	}
	less := func(s []declText) func(i, j int) bool {
		return func(i, j int) bool {
			if s[i].file != s[j].file {
				return s[i].file < s[j].file
			}
			return s[i].offset < s[j].offset
		}
	}
	sort.Slice(consts, less(consts))
	sort.Slice(vars, less(vars))
	sort.Slice(decls, less(decls))

	var body strings.Builder
	if len(consts) > 0 {
		body.WriteString("const (\n")
		for _, c := range consts {
			body.WriteString("\t" + c.text + "\n")
		}
		body.WriteString(")\n\n")
	}
	if len(vars) > 0 {
		body.WriteString("var (\n")
		for _, c := range vars {
			body.WriteString("\t" + c.text + "\n")
		}
		body.WriteString(")\n\n")
	}
	for _, d := range decls {
		body.WriteString(d.text + "\n\n")
	}

	var out strings.Builder
	out.WriteString("// Code generated by scripts/oracle/stdlib-gen.sh from frontend/stdlib/manifest.txt\n")
	out.WriteString("// and frontend/stdlib/summaries.golden; DO NOT EDIT.\n")
	out.WriteString("//\n")
	out.WriteString("// Declarations of Go 1.19's package " + gp.path + " for goescape: signatures, constants,\n")
	out.WriteString("// variables and type layouts as in go1.19.8 (linux/amd64); no function bodies.\n")
	out.WriteString("// Unexported struct fields are layout placeholders. //goescape:param lines are\n")
	out.WriteString("// gc 1.19's escape tags (see frontend/stdlib/README.md).\n\n")
	out.WriteString("package " + rp.Name() + "\n\n")
	var imps []string
	for ip := range p.imports {
		imps = append(imps, ip)
	}
	sort.Strings(imps)
	if len(imps) > 0 {
		out.WriteString("import (\n")
		for _, ip := range imps {
			out.WriteString("\t" + strconv.Quote(ip) + "\n")
		}
		out.WriteString(")\n\n")
	}
	out.WriteString(strings.TrimRight(body.String(), "\n") + "\n")
	dir := filepath.Join(outDir, gp.path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fatalf("%v", err)
	}
	fn := filepath.Join(dir, filepath.Base(gp.path)+".go")
	src, err := format.Source([]byte(out.String()))
	if err != nil {
		fatalf("gofmt %s: %v\n%s", fn, err, out.String())
	}
	if err := os.WriteFile(fn, src, 0o644); err != nil {
		fatalf("%v", err)
	}
}

// layoutOnly returns a struct with all fields unexported-looking so that
// structType prints layout placeholders for every field.
func layoutOnly(s *types.Struct) *types.Struct {
	var fs []*types.Var
	for i := 0; i < s.NumFields(); i++ {
		f := s.Field(i)
		name := f.Name()
		if f.Exported() || f.Embedded() {
			name = strings.ToLower(name[:1]) + name[1:]
		}
		fs = append(fs, types.NewField(token.NoPos, nil, name, f.Type(), false))
	}
	return types.NewStruct(fs, nil)
}

func funcKey(path, recvKey string, f *types.Func) string {
	if recvKey == "" {
		return path + "." + f.Name()
	}
	tn, ptr := methodRecvName(f)
	if ptr {
		return path + ".(*" + tn + ")." + f.Name()
	}
	return path + "." + tn + "." + f.Name()
}

func (g *gen) funcText(p *pr, path, recvKey string, f *types.Func) string {
	sig := f.Type().(*types.Signature)
	key := funcKey(path, recvKey, f)
	names := paramNames(sig)
	var b strings.Builder
	recv := ""
	recvName := ""
	if sig.Recv() != nil {
		recvName = sig.Recv().Name()
		if recvName == "_" || (recvName == "" && hasPointers(sig.Recv().Type())) {
			recvName = "recv"
		}
		if recvName != "" {
			recv = "(" + recvName + " " + p.typ(sig.Recv().Type()) + ") "
		} else {
			recv = "(" + p.typ(sig.Recv().Type()) + ") "
		}
	}
	if g.golden != nil {
		if !g.goldenK[key] {
			fmt.Fprintf(os.Stderr, "stdlib-tool: warning: %s not in summaries.golden (run stdlib-summaries.sh)\n", key)
		}
		emit := func(name string, t types.Type) {
			if !hasPointers(t) {
				return
			}
			s, ok := g.golden[key][name]
			if !ok {
				fmt.Fprintf(os.Stderr, "stdlib-tool: warning: %s param %s not in summaries.golden\n", key, name)
				return
			}
			if s == "none" {
				b.WriteString("//goescape:param " + name + "\n")
			} else {
				b.WriteString("//goescape:param " + name + " " + s + "\n")
			}
		}
		if sig.Recv() != nil {
			emit(recvName, sig.Recv().Type())
		}
		for i := 0; i < sig.Params().Len(); i++ {
			emit(names[i], sig.Params().At(i).Type())
		}
	}
	b.WriteString("func " + recv + f.Name() + p.sig(sig, names, true))
	return b.String()
}

func readGolden(fn string) (map[string]map[string]string, map[string]bool) {
	data, err := os.ReadFile(fn)
	if err != nil {
		return nil, nil
	}
	g := map[string]map[string]string{}
	keys := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Fields(line)
		key := fs[0]
		keys[key] = true
		g[key] = map[string]string{}
		// NAME tok tok ... NAME ...: a token without '=' (other than "none") starts a param
		var cur string
		var parts []string
		flush := func() {
			if cur != "" {
				g[key][cur] = strings.Join(parts, " ")
			}
		}
		for _, t := range fs[1:] {
			if t != "none" && !strings.Contains(t, "=") {
				flush()
				cur, parts = t, nil
				continue
			}
			parts = append(parts, t)
		}
		flush()
	}
	return g, keys
}

func cmdGen(args []string) {
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	manifest := fs.String("manifest", "", "manifest file")
	out := fs.String("out", "", "output dir (frontend/stdlib)")
	golden := fs.String("golden", "", "summaries.golden (optional)")
	fs.Parse(args)
	g := &gen{pkgs: map[string]*gpkg{}}
	if *golden != "" {
		g.golden, g.goldenK = readGolden(*golden)
	}
	excl := map[string]bool{}
	for _, mp := range readManifest(*manifest) {
		g.pkg(mp.path)
		for _, it := range mp.items {
			if strings.HasPrefix(it, "-") {
				excl[mp.path+"."+it[1:]] = true
			}
		}
		for _, it := range mp.items {
			g.addItem(mp.path, it)
		}
	}
	// exclusions apply to objects and methods added by "*" (re-added if referenced)
	for path, gp := range g.pkgs {
		for name := range gp.objs {
			if excl[path+"."+name] {
				delete(gp.objs, name)
			}
		}
		for name := range gp.methods {
			if excl[path+"."+name] {
				delete(gp.methods, name)
			}
		}
	}
	g.queue = nil
	for _, gp := range g.pkgs {
		for _, o := range gp.objs {
			g.queue = append(g.queue, o)
		}
		for _, m := range gp.methods {
			g.queue = append(g.queue, m)
		}
	}
	g.drain()
	for _, path := range g.order {
		gp := g.pkgs[path]
		if path == "unsafe" {
			continue
		}
		g.emitPkg(gp, *out)
	}
}

// ---------------------------------------------------------------------------
// Stub loading (type-check the stub tree with go/types).

type stubTree struct {
	root  string
	pkgs  map[string]*types.Package
	files map[string][]*ast.File
	paths []string
}

func loadStubs(root string) *stubTree {
	st := &stubTree{root: root, pkgs: map[string]*types.Package{}, files: map[string][]*ast.File{}}
	filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err == nil && info.IsDir() {
			ms, _ := filepath.Glob(filepath.Join(path, "*.go"))
			if len(ms) > 0 {
				rel, _ := filepath.Rel(root, path)
				st.paths = append(st.paths, filepath.ToSlash(rel))
			}
		}
		return nil
	})
	sort.Strings(st.paths)
	for _, p := range st.paths {
		st.load(p)
	}
	return st
}

func (st *stubTree) Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	return st.load(path), nil
}

func (st *stubTree) load(path string) *types.Package {
	if p, ok := st.pkgs[path]; ok {
		if p == nil {
			fatalf("import cycle at %s", path)
		}
		return p
	}
	st.pkgs[path] = nil
	ms, _ := filepath.Glob(filepath.Join(st.root, path, "*.go"))
	if len(ms) == 0 {
		fatalf("stub package %s not found (imported but not stubbed)", path)
	}
	sort.Strings(ms)
	var files []*ast.File
	for _, m := range ms {
		f, err := parser.ParseFile(fset, m, nil, parser.ParseComments)
		if err != nil {
			fatalf("%v", err)
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: st, Sizes: sizes}
	p, err := conf.Check(path, fset, files, nil)
	if err != nil {
		fatalf("type-checking stub %s: %v", path, err)
	}
	st.pkgs[path] = p
	st.files[path] = files
	return p
}

// stubFunc is one function or method declared in the stubs.
type stubFunc struct {
	key    string
	path   string
	fn     *types.Func
	decl   *ast.FuncDecl
	recvT  string // receiver type name
	ptr    bool
	params []stubParam // receiver first (index -1)
}

type stubParam struct {
	name  string
	index int // -1 receiver
	typ   types.Type
	ptrs  bool
}

func (st *stubTree) funcs() []*stubFunc {
	var r []*stubFunc
	for _, path := range st.paths {
		p := st.pkgs[path]
		for _, f := range st.files[path] {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok {
					continue
				}
				var obj *types.Func
				sf := &stubFunc{path: path, decl: fd}
				if fd.Recv == nil {
					obj = p.Scope().Lookup(fd.Name.Name).(*types.Func)
					sf.key = path + "." + fd.Name.Name
				} else {
					tn := recvTypeName(fd.Recv.List[0].Type)
					_, sf.ptr = fd.Recv.List[0].Type.(*ast.StarExpr)
					n := p.Scope().Lookup(tn).Type().(*types.Named)
					for _, m := range namedMethods(n) {
						if m.Name() == fd.Name.Name {
							obj = m
						}
					}
					sf.recvT = tn
					if sf.ptr {
						sf.key = path + ".(*" + tn + ")." + fd.Name.Name
					} else {
						sf.key = path + "." + tn + "." + fd.Name.Name
					}
				}
				sf.fn = obj
				sig := obj.Type().(*types.Signature)
				if sig.Recv() != nil {
					sf.params = append(sf.params, stubParam{sig.Recv().Name(), -1, sig.Recv().Type(), hasPointers(sig.Recv().Type())})
				}
				for i := 0; i < sig.Params().Len(); i++ {
					v := sig.Params().At(i)
					sf.params = append(sf.params, stubParam{v.Name(), i, v.Type(), hasPointers(v.Type())})
				}
				r = append(r, sf)
			}
		}
	}
	sort.Slice(r, func(i, j int) bool { return r[i].key < r[j].key })
	return r
}

// ---------------------------------------------------------------------------
// apicheck: compare stubs with the real go1.19 API.

func cmdAPICheck(args []string) {
	st := loadStubs(args[0])
	bad := 0
	report := func(format string, a ...interface{}) {
		bad++
		fmt.Printf("MISMATCH: "+format+"\n", a...)
	}
	// canonical type strings: stub package paths equal real ones; parameter
	// names and any/interface{} spelling are ignored
	ts := canon
	nobj, nmeth := 0, 0
	for _, path := range st.paths {
		sp := st.pkgs[path]
		rp := realPkg(path)
		if sp.Name() != rp.Name() {
			report("%s: package name %s, want %s", path, sp.Name(), rp.Name())
		}
		for _, name := range sp.Scope().Names() {
			so := sp.Scope().Lookup(name)
			ro := rp.Scope().Lookup(name)
			nobj++
			if ro == nil {
				report("%s.%s: not in go1.19", path, name)
				continue
			}
			switch so := so.(type) {
			case *types.Const:
				rc, ok := ro.(*types.Const)
				if !ok {
					report("%s.%s: kind differs", path, name)
					continue
				}
				if ts(so.Type()) != ts(rc.Type()) {
					report("%s.%s: const type %s, want %s", path, name, ts(so.Type()), ts(rc.Type()))
				}
				if !constant.Compare(so.Val(), token.EQL, rc.Val()) {
					report("%s.%s: const value %s, want %s", path, name, so.Val().ExactString(), rc.Val().ExactString())
				}
			case *types.Var:
				if _, ok := ro.(*types.Var); !ok || ts(so.Type()) != ts(ro.Type()) {
					report("%s.%s: var type %s, want %s", path, name, ts(so.Type()), ts(ro.Type()))
				}
			case *types.Func:
				if _, ok := ro.(*types.Func); !ok || ts(so.Type()) != ts(ro.Type()) {
					report("%s.%s: func type %s, want %s", path, name, ts(so.Type()), ts(ro.Type()))
				}
			case *types.TypeName:
				rt, ok := ro.(*types.TypeName)
				if !ok || so.IsAlias() != rt.IsAlias() {
					report("%s.%s: type/alias differs", path, name)
					continue
				}
				if so.IsAlias() {
					if ts(so.Type()) != ts(rt.Type()) {
						report("%s.%s: alias of %s, want %s", path, name, ts(so.Type()), ts(rt.Type()))
					}
					continue
				}
				checkType(report, path+"."+name, so.Type().(*types.Named), rt.Type().(*types.Named), ts)
				// methods
				sn := so.Type().(*types.Named)
				rn := rt.Type().(*types.Named)
				for _, m := range namedMethods(sn) {
					nmeth++
					var rm *types.Func
					for _, x := range namedMethods(rn) {
						if x.Name() == m.Name() {
							rm = x
						}
					}
					if rm == nil {
						report("%s.%s.%s: no such method in go1.19", path, name, m.Name())
						continue
					}
					ssig, rsig := m.Type().(*types.Signature), rm.Type().(*types.Signature)
					if ts(ssig) != ts(rsig) || ts(ssig.Recv().Type()) != ts(rsig.Recv().Type()) {
						report("%s.%s.%s: method (%s) %s, want (%s) %s", path, name, m.Name(),
							ts(ssig.Recv().Type()), ts(ssig), ts(rsig.Recv().Type()), ts(rsig))
					}
				}
			}
		}
	}
	fmt.Printf("apicheck: %d packages, %d package-level objects, %d methods checked, %d mismatches\n", len(st.paths), nobj, nmeth, bad)
	if bad > 0 {
		os.Exit(1)
	}
}

func canon(t types.Type) string {
	switch t := t.(type) {
	case *types.Basic:
		return t.Name()
	case *types.Named:
		if t.Obj().Pkg() == nil {
			return t.Obj().Name()
		}
		return t.Obj().Pkg().Path() + "." + t.Obj().Name()
	case *types.Pointer:
		return "*" + canon(t.Elem())
	case *types.Slice:
		return "[]" + canon(t.Elem())
	case *types.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), canon(t.Elem()))
	case *types.Map:
		return "map[" + canon(t.Key()) + "]" + canon(t.Elem())
	case *types.Chan:
		return fmt.Sprintf("chan(%d) %s", t.Dir(), canon(t.Elem()))
	case *types.Signature:
		var ps, rs []string
		for i := 0; i < t.Params().Len(); i++ {
			ps = append(ps, canon(t.Params().At(i).Type()))
		}
		for i := 0; i < t.Results().Len(); i++ {
			rs = append(rs, canon(t.Results().At(i).Type()))
		}
		v := ""
		if t.Variadic() {
			v = "..."
		}
		return "func(" + strings.Join(ps, ", ") + v + ") (" + strings.Join(rs, ", ") + ")"
	case *types.Struct:
		var fs []string
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			fs = append(fs, fmt.Sprintf("%s %v %s %q", f.Name(), f.Embedded(), canon(f.Type()), t.Tag(i)))
		}
		return "struct{" + strings.Join(fs, "; ") + "}"
	case *types.Interface:
		var ms []string
		for i := 0; i < t.NumMethods(); i++ {
			m := t.Method(i)
			ms = append(ms, m.Name()+canon(m.Type()))
		}
		sort.Strings(ms)
		return "interface{" + strings.Join(ms, "; ") + "}"
	}
	return "?" + t.String()
}

func checkType(report func(string, ...interface{}), name string, s, r *types.Named, ts func(types.Type) string) {
	su, ru := s.Underlying(), r.Underlying()
	switch ru := ru.(type) {
	case *types.Struct:
		ss, ok := su.(*types.Struct)
		if !ok {
			report("%s: not a struct", name)
			return
		}
		if sizes.Sizeof(ss) != sizes.Sizeof(ru) || sizes.Alignof(ss) != sizes.Alignof(ru) {
			report("%s: size/align %d/%d, want %d/%d", name, sizes.Sizeof(ss), sizes.Alignof(ss), sizes.Sizeof(ru), sizes.Alignof(ru))
		}
		if ptrMask(ss) != ptrMask(ru) {
			report("%s: pointer words %q, want %q", name, ptrMask(ss), ptrMask(ru))
		}
		if types.Comparable(ss) != types.Comparable(ru) {
			report("%s: comparability differs", name)
		}
		type fi struct {
			typ   string
			off   int64
			emb   bool
			tag   string
		}
		collect := func(st *types.Struct) map[string]fi {
			m := map[string]fi{}
			var fs []*types.Var
			for i := 0; i < st.NumFields(); i++ {
				fs = append(fs, st.Field(i))
			}
			offs := sizes.Offsetsof(fs)
			for i, f := range fs {
				if f.Exported() {
					m[f.Name()] = fi{ts(f.Type()), offs[i], f.Embedded(), st.Tag(i)}
				}
			}
			return m
		}
		sm, rm := collect(ss), collect(ru)
		for k, v := range rm {
			if sm[k] != v {
				report("%s.%s: field %+v, want %+v", name, k, sm[k], v)
			}
		}
		for k := range sm {
			if _, ok := rm[k]; !ok {
				report("%s.%s: extra exported field", name, k)
			}
		}
	case *types.Interface:
		si, ok := su.(*types.Interface)
		if !ok {
			report("%s: not an interface", name)
			return
		}
		ms := func(it *types.Interface) string {
			var l []string
			for i := 0; i < it.NumMethods(); i++ {
				m := it.Method(i)
				l = append(l, m.Name()+ts(m.Type()))
			}
			sort.Strings(l)
			return strings.Join(l, "; ")
		}
		if ms(si) != ms(ru) {
			report("%s: method set\n  %s\nwant\n  %s", name, ms(si), ms(ru))
		}
	default:
		if ts(su) != ts(ru) {
			report("%s: underlying %s, want %s", name, ts(su), ts(ru))
		}
	}
}

// ---------------------------------------------------------------------------
// layoutprobe: a Go program printing sizes/aligns/offsets of the stub structs.

func cmdLayoutProbe(args []string) {
	fs := flag.NewFlagSet("layoutprobe", flag.ExitOnError)
	prefix := fs.String("prefix", "", "import path prefix of the packages probed")
	fs.Parse(args)
	st := loadStubs(fs.Arg(0))
	var b strings.Builder
	b.WriteString("// Code generated by stdlib-tool layoutprobe; DO NOT EDIT.\n\npackage main\n\nimport (\n\t\"fmt\"\n\t\"unsafe\"\n")
	var body strings.Builder
	n := 0
	for _, path := range st.paths {
		if strings.Contains(path, "internal") {
			continue
		}
		alias := fmt.Sprintf("p%d", n)
		used := false
		sp := st.pkgs[path]
		for _, name := range sp.Scope().Names() {
			tn, ok := sp.Scope().Lookup(name).(*types.TypeName)
			if !ok || !tn.Exported() || tn.IsAlias() {
				continue
			}
			s, ok := tn.Type().Underlying().(*types.Struct)
			if !ok {
				continue
			}
			used = true
			q := alias + "." + name
			fmt.Fprintf(&body, "\t{\n\t\tvar v %s\n\t\tfmt.Println(%q, \"size\", unsafe.Sizeof(v), \"align\", unsafe.Alignof(v))\n", q, path+"."+name)
			for i := 0; i < s.NumFields(); i++ {
				f := s.Field(i)
				if f.Exported() {
					fmt.Fprintf(&body, "\t\tfmt.Println(%q, \"offset\", unsafe.Offsetof(v.%s))\n", path+"."+name+"."+f.Name(), f.Name())
				}
			}
			body.WriteString("\t}\n")
		}
		if used {
			fmt.Fprintf(&b, "\t%s %q\n", alias, *prefix+path)
			n++
		}
	}
	b.WriteString(")\n\nfunc main() {\n" + body.String() + "}\n")
	os.Stdout.WriteString(b.String())
}

// ---------------------------------------------------------------------------
// stubfuncs: list functions, params and which params carry pointers.

func cmdStubFuncs(args []string) {
	st := loadStubs(args[0])
	for _, f := range st.funcs() {
		var parts []string
		for _, p := range f.params {
			parts = append(parts, fmt.Sprintf("%s:%d:%v", p.name, p.index, p.ptrs))
		}
		fmt.Println(f.key, strings.Join(parts, " "))
	}
}

// ---------------------------------------------------------------------------
// callprobe: one Go file that calls every stub function from a caller whose
// own parameters are passed straight through, so that the caller's escape
// summary equals the callee's imported tag.

type probeEntry struct {
	key  string
	line int
	// probe param name (q<i>) -> stub param name
	names map[string]string
}

func cmdCallProbe(args []string) {
	fs := flag.NewFlagSet("callprobe", flag.ExitOnError)
	out := fs.String("o", "", "probe .go output")
	mapOut := fs.String("map", "", "line map output")
	fs.Parse(args)
	st := loadStubs(fs.Arg(0))
	aliases := map[string]string{}
	var body strings.Builder
	line := 0
	var hdrLines []string
	var entries []probeEntry
	var unprobed []string
	qual := func(pkg *types.Package) string {
		if a, ok := aliases[pkg.Path()]; ok {
			return a
		}
		a := "i_" + strings.NewReplacer("/", "_", ".", "_").Replace(pkg.Path())
		aliases[pkg.Path()] = a
		return a
	}
	exportedOnly := func(t types.Type) bool {
		ok := true
		var walk func(t types.Type)
		walk = func(t types.Type) {
			switch t := t.(type) {
			case *types.Named:
				if !t.Obj().Exported() && t.Obj().Pkg() != nil {
					ok = false
				}
			case *types.Pointer:
				walk(t.Elem())
			case *types.Slice:
				walk(t.Elem())
			case *types.Array:
				walk(t.Elem())
			case *types.Map:
				walk(t.Key())
				walk(t.Elem())
			case *types.Chan:
				walk(t.Elem())
			case *types.Signature:
				for i := 0; i < t.Params().Len(); i++ {
					walk(t.Params().At(i).Type())
				}
				for i := 0; i < t.Results().Len(); i++ {
					walk(t.Results().At(i).Type())
				}
			}
		}
		walk(t)
		return ok
	}
	tstr := func(t types.Type) string { return types.TypeString(t, qual) }
	for _, f := range st.funcs() {
		any := false
		for _, p := range f.params {
			any = any || p.ptrs
		}
		if !any {
			continue
		}
		sig := f.fn.Type().(*types.Signature)
		var params []string
		var callArgs []string
		names := map[string]string{}
		okProbe := true
		recvExpr := ""
		if sig.Recv() != nil {
			rt := sig.Recv().Type()
			if exportedOnly(rt) {
				params = append(params, "q_recv "+tstr(rt))
				names["q_recv"] = sig.Recv().Name()
				recvExpr = "q_recv"
			} else if !hasPointers(rt) {
				// find an exported variable of this type
				for _, vn := range st.pkgs[f.path].Scope().Names() {
					v, ok := st.pkgs[f.path].Scope().Lookup(vn).(*types.Var)
					if ok && v.Exported() && types.Identical(v.Type(), rt) {
						recvExpr = qual(v.Pkg()) + "." + vn
						break
					}
				}
			}
			if recvExpr == "" {
				okProbe = false
			}
		}
		for i := 0; i < sig.Params().Len(); i++ {
			v := sig.Params().At(i)
			if !exportedOnly(v.Type()) {
				okProbe = false
			}
			qn := fmt.Sprintf("q%d", i)
			names[qn] = v.Name()
			if sig.Variadic() && i == sig.Params().Len()-1 {
				params = append(params, qn+" ..."+tstr(v.Type().(*types.Slice).Elem()))
				callArgs = append(callArgs, qn+"...")
			} else {
				params = append(params, qn+" "+tstr(v.Type()))
				callArgs = append(callArgs, qn)
			}
		}
		var results []string
		var resNames []string
		for i := 0; i < sig.Results().Len(); i++ {
			if !exportedOnly(sig.Results().At(i).Type()) {
				okProbe = false
			}
			results = append(results, fmt.Sprintf("r%d %s", i, tstr(sig.Results().At(i).Type())))
			resNames = append(resNames, fmt.Sprintf("r%d", i))
		}
		if !okProbe {
			unprobed = append(unprobed, f.key)
			continue
		}
		callee := qual(f.fn.Pkg()) + "." + f.fn.Name()
		if sig.Recv() != nil {
			callee = recvExpr + "." + f.fn.Name()
		}
		call := callee + "(" + strings.Join(callArgs, ", ") + ")"
		stmt := call
		if len(results) > 0 {
			stmt = strings.Join(resNames, ", ") + " = " + call + "; return"
		}
		res := ""
		if len(results) > 0 {
			res = " (" + strings.Join(results, ", ") + ")"
		}
		line++
		entries = append(entries, probeEntry{f.key, line, names})
		fmt.Fprintf(&body, "func probe%d(%s)%s { %s }\n", line, strings.Join(params, ", "), res, stmt)
	}
	var paths []string
	for p := range aliases {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	hdrLines = append(hdrLines, "package goescapeprobe", "")
	for _, p := range paths {
		hdrLines = append(hdrLines, fmt.Sprintf("import %s %q", aliases[p], p))
	}
	hdrLines = append(hdrLines, "")
	hdr := strings.Join(hdrLines, "\n") + "\n"
	off := len(hdrLines)
	if err := os.WriteFile(*out, []byte(hdr+body.String()), 0o644); err != nil {
		fatalf("%v", err)
	}
	var mb strings.Builder
	for _, e := range entries {
		var ns []string
		for q, n := range e.names {
			ns = append(ns, q+"="+n)
		}
		sort.Strings(ns)
		fmt.Fprintf(&mb, "%d %s %s\n", e.line+off, e.key, strings.Join(ns, " "))
	}
	for _, u := range unprobed {
		fmt.Fprintf(&mb, "0 %s UNPROBED\n", u)
	}
	if err := os.WriteFile(*mapOut, []byte(mb.String()), 0o644); err != nil {
		fatalf("%v", err)
	}
}

// ---------------------------------------------------------------------------
// oracle: combine (a) the -m=2 output of compiling the real packages and
// (b) the call-probe output into summaries.golden, cross-checking the two.

type tag struct {
	known  bool
	heap   int // -1 none
	result [7]int
	why    string
}

func newTag() tag {
	t := tag{known: true, heap: -1}
	for i := range t.result {
		t.result[i] = -1
	}
	return t
}

func (t tag) String() string {
	if !t.known {
		return "UNKNOWN(" + t.why + ")"
	}
	var parts []string
	if t.heap >= 0 {
		parts = append(parts, fmt.Sprintf("heap=%d", t.heap))
	}
	for i, r := range t.result {
		if r >= 0 {
			parts = append(parts, fmt.Sprintf("result%d=%d", i, r))
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, " ")
}

var (
	reDiag     = regexp.MustCompile(`^(.*\.go):(\d+):(\d+): (.*)$`)
	reLeak     = regexp.MustCompile(`^leaking param: (\S+)$`)
	reContent  = regexp.MustCompile(`^leaking param content: (\S+)$`)
	reToResult = regexp.MustCompile(`^leaking param: (\S+) to result (\S+) level=(\d+)$`)
	reNoEsc    = regexp.MustCompile(`^(\S+) does not escape$`)
	reParamTo  = regexp.MustCompile(`^parameter (\S+) leaks to (\S+) with derefs=(\d+):$`)
	reMoved    = regexp.MustCompile(`^moved to heap: (\S+)$`)
)

type posKey struct {
	pkg, file  string
	line, col  int
}

type pdiag struct {
	leak, content, noesc, moved bool
	results                     map[string]int
	to                          map[string]int // dst -> min derefs
}

func parseDiags(fn string, pkgOf func(string) string) map[posKey]*pdiag {
	f, err := os.Open(fn)
	if err != nil {
		fatalf("%v", err)
	}
	defer f.Close()
	m := map[posKey]*pdiag{}
	cur := ""
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# ") {
			cur = strings.TrimPrefix(line, "# ")
			continue
		}
		mm := reDiag.FindStringSubmatch(line)
		if mm == nil {
			continue
		}
		ln, _ := strconv.Atoi(mm[2])
		col, _ := strconv.Atoi(mm[3])
		pk := cur
		if pkgOf != nil {
			pk = pkgOf(mm[1])
		}
		k := posKey{pk, filepath.Base(mm[1]), ln, col}
		d := m[k]
		if d == nil {
			d = &pdiag{results: map[string]int{}, to: map[string]int{}}
			m[k] = d
		}
		msg := mm[4]
		if x := reToResult.FindStringSubmatch(msg); x != nil {
			n, _ := strconv.Atoi(x[3])
			d.results[x[2]] = n
		} else if reLeak.MatchString(msg) {
			d.leak = true
		} else if reContent.MatchString(msg) {
			d.content = true
		} else if reNoEsc.MatchString(msg) {
			d.noesc = true
		} else if x := reParamTo.FindStringSubmatch(msg); x != nil {
			n, _ := strconv.Atoi(x[3])
			if old, ok := d.to[x[2]]; !ok || n < old {
				d.to[x[2]] = n
			}
		} else if reMoved.MatchString(msg) {
			d.moved = true
		}
	}
	return m
}

// tagFromDiags derives a tag from the diagnostics at a parameter position.
// resultNames: the function's result names as gc prints them (~r0, named...).
func tagFromDiags(d *pdiag, resultNames []string) tag {
	t := newTag()
	if d == nil {
		t.known = false
		t.why = "no diagnostics"
		return t
	}
	if d.moved {
		t.known = false
		t.why = "moved to heap"
		return t
	}
	if d.noesc {
		return t
	}
	idx := map[string]int{}
	for i, n := range resultNames {
		idx[n] = i
	}
	for r, n := range d.results {
		i, ok := idx[r]
		if !ok {
			t.known = false
			t.why = "unknown result " + r
			return t
		}
		t.result[i] = n
	}
	if d.leak {
		t.heap = 0
	} else if d.content {
		h := -1
		for dst, n := range d.to {
			if _, isRes := idx[dst]; isRes {
				continue
			}
			if h < 0 || n < h {
				h = n
			}
		}
		if h < 1 {
			t.known = false
			t.why = "content leak without a usable derefs line"
			return t
		}
		t.heap = h
	}
	if !d.leak && !d.content && len(d.results) == 0 {
		t.known = false
		t.why = "no tag line"
	}
	return t
}

func cmdOracle(args []string) {
	fs := flag.NewFlagSet("oracle", flag.ExitOnError)
	stubs := fs.String("stubs", "", "stub root")
	m2 := fs.String("m2", "", "-m=2 output of building the real packages")
	probeOut := fs.String("probe", "", "-m=2 output of compiling the call probe")
	probeMap := fs.String("probemap", "", "call probe line map")
	out := fs.String("o", "", "summaries.golden output")
	report := fs.String("report", "", "cross-check report output")
	fs.Parse(args)

	st := loadStubs(*stubs)
	pkgDiags := parseDiags(*m2, nil)
	probeDiags := parseDiags(*probeOut, func(string) string { return "probe" })

	// probe map
	type pent struct {
		line  int
		names map[string]string // stub name -> probe name
	}
	probes := map[string]*pent{}
	unprobed := map[string]bool{}
	pm, err := os.ReadFile(*probeMap)
	if err != nil {
		fatalf("%v", err)
	}
	for _, l := range strings.Split(strings.TrimSpace(string(pm)), "\n") {
		fsx := strings.Fields(l)
		if len(fsx) < 2 {
			continue
		}
		if len(fsx) == 3 && fsx[2] == "UNPROBED" {
			unprobed[fsx[1]] = true
			continue
		}
		ln, _ := strconv.Atoi(fsx[0])
		e := &pent{line: ln, names: map[string]string{}}
		for _, kv := range fsx[2:] {
			i := strings.Index(kv, "=")
			e.names[kv[i+1:]] = kv[:i]
		}
		probes[fsx[1]] = e
	}
	// probe diagnostics are keyed by line; index them by (line, probe param name)
	probeByLine := map[int]map[string]*pdiag{}
	{
		f, _ := os.Open(*probeOut)
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			mm := reDiag.FindStringSubmatch(sc.Text())
			if mm == nil {
				continue
			}
			ln, _ := strconv.Atoi(mm[2])
			col, _ := strconv.Atoi(mm[3])
			d := probeDiags[posKey{"probe", filepath.Base(mm[1]), ln, col}]
			msg := mm[4]
			var name string
			for _, re := range []*regexp.Regexp{reToResult, reLeak, reContent, reParamTo, reMoved} {
				if x := re.FindStringSubmatch(msg); x != nil {
					name = x[1]
				}
			}
			if x := reNoEsc.FindStringSubmatch(msg); x != nil && strings.HasPrefix(x[1], "q") {
				name = x[1]
			}
			if name == "" || !strings.HasPrefix(name, "q") {
				continue
			}
			if probeByLine[ln] == nil {
				probeByLine[ln] = map[string]*pdiag{}
			}
			probeByLine[ln][name] = d
		}
		f.Close()
	}
	probeResultNames := []string{"r0", "r1", "r2", "r3", "r4", "r5", "r6"}

	var lines []string
	var rep strings.Builder
	agree, disagree, onlyProbe, onlyPkg, nontrivial, nparams := 0, 0, 0, 0, 0, 0
	failed := false
	for _, f := range st.funcs() {
		// real declaration
		skey := f.fn.Name()
		if f.recvT != "" {
			skey = f.recvT + "." + skey
		}
		sp := realSrc(f.path)
		sd := sp.decls[skey]
		if sd == nil {
			fatalf("%s: no real source declaration", f.key)
		}
		rfd := sd.fn
		// real param idents in order (receiver first)
		type rparam struct {
			ident *ast.Ident
		}
		var rparams []rparam
		if rfd.Recv != nil {
			for _, fl := range rfd.Recv.List {
				if len(fl.Names) == 0 {
					rparams = append(rparams, rparam{nil})
				}
				for _, n := range fl.Names {
					rparams = append(rparams, rparam{n})
				}
			}
		}
		for _, fl := range rfd.Type.Params.List {
			if len(fl.Names) == 0 {
				rparams = append(rparams, rparam{nil})
			}
			for _, n := range fl.Names {
				rparams = append(rparams, rparam{n})
			}
		}
		var resultNames []string
		if rfd.Type.Results != nil {
			i := 0
			for _, fl := range rfd.Type.Results.List {
				if len(fl.Names) == 0 {
					resultNames = append(resultNames, fmt.Sprintf("~r%d", i))
					i++
				}
				for _, n := range fl.Names {
					if n.Name == "_" {
						resultNames = append(resultNames, fmt.Sprintf("~b%d", i))
					} else {
						resultNames = append(resultNames, n.Name)
					}
					i++
				}
			}
		}
		if len(rparams) != len(f.params) {
			fatalf("%s: %d params in stub, %d in go1.19 source", f.key, len(f.params), len(rparams))
		}
		line := f.key
		for i, p := range f.params {
			if !p.ptrs {
				continue
			}
			nparams++
			// (a) from the package's own compile
			var a tag
			rp := rparams[i]
			switch {
			case !sd.body:
				a = newTag()
				if !sd.noesc {
					if b, ok := p.typ.Underlying().(*types.Basic); !ok || b.Kind() != types.Uintptr {
						a.heap = 0
					}
				}
			case rp.ident == nil || rp.ident.Name == "_":
				a = newTag()
			default:
				pos := realPosOf(f.path, sd.file, rfd, rp.ident)
				a = tagFromDiags(pkgDiags[pos], resultNames)
			}
			// (b) from the call probe
			b := tag{why: "unprobed"}
			if pe := probes[f.key]; pe != nil {
				qn := pe.names[p.name]
				b = tagFromDiags(probeByLine[pe.line][qn], probeResultNames)
			}
			var final tag
			switch {
			case a.known && b.known:
				if a.String() == b.String() {
					agree++
				} else {
					disagree++
					failed = true
					fmt.Fprintf(&rep, "DISAGREE %s %s: package -m=2 says %s, call probe says %s\n", f.key, p.name, a, b)
				}
				final = b
			case b.known:
				onlyProbe++
				fmt.Fprintf(&rep, "probe-only %s %s: %s (package -m=2: %s)\n", f.key, p.name, b, a.why)
				final = b
			case a.known:
				onlyPkg++
				fmt.Fprintf(&rep, "package-only %s %s: %s (probe: %s)\n", f.key, p.name, a, b.why)
				final = a
			default:
				failed = true
				fmt.Fprintf(&rep, "UNKNOWN %s %s: package: %s; probe: %s\n", f.key, p.name, a.why, b.why)
				final = a
			}
			if final.String() != "none" {
				nontrivial++
			}
			line += " " + p.name + " " + final.String()
		}
		lines = append(lines, line)
	}
	sort.Strings(lines)
	hdr := "# Generated by scripts/oracle/stdlib-summaries.sh from go1.19.8; DO NOT EDIT.\n" +
		"# One line per stub function: key, then per pointer-carrying parameter NAME and its\n" +
		"# gc escape tag (none | heap=N | resultI=N ...). See frontend/stdlib/README.md.\n"
	if err := os.WriteFile(*out, []byte(hdr+strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		fatalf("%v", err)
	}
	summary := fmt.Sprintf("functions %d, pointer-carrying params %d (non-trivial %d): both methods agree %d, disagree %d, probe only %d, package -m=2 only %d\n",
		len(lines), nparams, nontrivial, agree, disagree, onlyProbe, onlyPkg)
	rep.WriteString(summary)
	if *report != "" {
		os.WriteFile(*report, []byte(rep.String()), 0o644)
	}
	fmt.Print(summary)
	if failed {
		fmt.Print(rep.String())
		fatalf("oracle: disagreements or unknown tags (see report)")
	}
}

// realPosOf returns the diagnostic position key of a parameter identifier.
func realPosOf(path, file string, fd *ast.FuncDecl, id *ast.Ident) posKey {
	pos := realSrc(path).fset.Position(id.Pos())
	return posKey{path, file, pos.Line, pos.Column}
}

func main() {
	if len(os.Args) < 2 {
		fatalf("usage: stdlib-tool gen|apicheck|layoutprobe|stubfuncs|callprobe|oracle ...")
	}
	args := os.Args[2:]
	switch os.Args[1] {
	case "gen":
		cmdGen(args)
	case "apicheck":
		cmdAPICheck(args)
	case "layoutprobe":
		cmdLayoutProbe(args)
	case "stubfuncs":
		cmdStubFuncs(args)
	case "callprobe":
		cmdCallProbe(args)
	case "oracle":
		cmdOracle(args)
	default:
		fatalf("unknown command %s", os.Args[1])
	}
}
