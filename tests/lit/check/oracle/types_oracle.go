// types_oracle prints what go1.19's go/types (the same checker as gc's
// types2) resolves for a single-file main package: one line per declared
// object (constants with their exact values), sorted by position, in the
// format of `goescape --emit=objects`:
//
//	LINE:COL KIND NAME TYPE [= VALUE]
//
// KIND is const, var, type (followed by the underlying type), func or
// label. Struct fields are not listed. Types print as types2 prints them in
// error messages (go/types' TypeString).
//
// Usage: go run types_oracle.go FILE.go   (only imports of the stdlib)
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"sort"
	"strconv"
)

type line struct {
	pos  token.Position
	text string
}

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, os.Args[1], nil, 0)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil), Sizes: gcSizes{}}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Implicits: map[ast.Node]types.Object{}}
	pkg, err := conf.Check("main", fset, []*ast.File{f}, info)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	qf := func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	}
	// types2 places an unnamed variadic parameter at its "...", go/types
	// at the element type: report types2's position.
	dotsPos := map[token.Pos]token.Pos{}
	ast.Inspect(f, func(n ast.Node) bool {
		if field, ok := n.(*ast.Field); ok && len(field.Names) == 0 {
			if e, ok := field.Type.(*ast.Ellipsis); ok {
				dotsPos[e.Elt.Pos()] = e.Pos()
			}
		}
		return true
	})
	var lines []line
	add := func(obj types.Object) {
		if obj == nil {
			return
		}
		var kind, rest string
		switch o := obj.(type) {
		case *types.Const:
			kind = "const"
			rest = typeString(o.Type(), qf) + " = " + o.Val().String()
		case *types.Var:
			if o.IsField() {
				return
			}
			kind = "var"
			rest = typeString(o.Type(), qf)
		case *types.TypeName:
			kind = "type"
			rest = typeString(o.Type().Underlying(), qf)
		case *types.Func:
			kind = "func"
			rest = typeString(o.Type(), qf)
		case *types.Label:
			kind = "label"
			rest = "-"
		default:
			return
		}
		name := obj.Name()
		if name == "" {
			name = "_"
		}
		pos := obj.Pos()
		if d, ok := dotsPos[pos]; ok {
			pos = d
		}
		lines = append(lines, line{fset.Position(pos), fmt.Sprintf("%s %s %s", kind, name, rest)})
	}
	for id, obj := range info.Defs {
		if obj != nil && obj.Pos() == id.Pos() {
			add(obj)
		}
	}
	for _, obj := range info.Implicits {
		add(obj)
	}
	sort.Slice(lines, func(i, j int) bool {
		a, b := lines[i].pos, lines[j].pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		return lines[i].text < lines[j].text
	})
	for _, l := range lines {
		fmt.Printf("%d:%d %s\n", l.pos.Line, l.pos.Column, l.text)
	}
}

// gcSizes are gc's linux/amd64 sizes (cmd/compile/internal/noder/sizes.go):
// go/types' StdSizes lack the padding gc adds after a trailing zero-size
// field.
type gcSizes struct{}

func (s gcSizes) Alignof(t types.Type) int64 {
	switch u := t.Underlying().(type) {
	case *types.Array:
		return s.Alignof(u.Elem())
	case *types.Struct:
		max := int64(1)
		for i := 0; i < u.NumFields(); i++ {
			if a := s.Alignof(u.Field(i).Type()); a > max {
				max = a
			}
		}
		return max
	case *types.Slice, *types.Interface:
		return 8
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			return 8
		}
	}
	a := s.Sizeof(t)
	if a < 1 {
		return 1
	}
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsComplex != 0 {
		a /= 2
	}
	if a > 8 {
		return 8
	}
	return a
}

func (s gcSizes) Offsetsof(fields []*types.Var) []int64 {
	offsets := make([]int64, len(fields))
	var o int64
	for i, f := range fields {
		a := s.Alignof(f.Type())
		o = (o + a - 1) / a * a
		offsets[i] = o
		o += s.Sizeof(f.Type())
	}
	return offsets
}

func (s gcSizes) Sizeof(t types.Type) int64 {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch u.Kind() {
		case types.Bool, types.Int8, types.Uint8:
			return 1
		case types.Int16, types.Uint16:
			return 2
		case types.Int32, types.Uint32, types.Float32:
			return 4
		case types.Complex128, types.String:
			return 16
		default:
			return 8
		}
	case *types.Array:
		if u.Len() <= 0 {
			return 0
		}
		return s.Sizeof(u.Elem()) * u.Len()
	case *types.Slice:
		return 24
	case *types.Struct:
		n := u.NumFields()
		if n == 0 {
			return 0
		}
		fields := make([]*types.Var, n)
		for i := range fields {
			fields[i] = u.Field(i)
		}
		offsets := s.Offsetsof(fields)
		last := s.Sizeof(fields[n-1].Type())
		if last == 0 && offsets[n-1] > 0 {
			last = 1
		}
		a := s.Alignof(t)
		return (offsets[n-1] + last + a - 1) / a * a
	case *types.Interface:
		return 16
	default:
		return 8
	}
}

// typeString is types.TypeString (with go1.19's types2 spelling of any).
func typeString(t types.Type, qf types.Qualifier) string {
	var b bytes.Buffer
	writeType(&b, t, qf)
	return b.String()
}

func writeType(b *bytes.Buffer, t types.Type, qf types.Qualifier) {
	switch t := t.(type) {
	case *types.Pointer:
		b.WriteByte('*')
		writeType(b, t.Elem(), qf)
	case *types.Array:
		fmt.Fprintf(b, "[%d]", t.Len())
		writeType(b, t.Elem(), qf)
	case *types.Slice:
		b.WriteString("[]")
		writeType(b, t.Elem(), qf)
	case *types.Map:
		b.WriteString("map[")
		writeType(b, t.Key(), qf)
		b.WriteByte(']')
		writeType(b, t.Elem(), qf)
	case *types.Chan:
		parens := false
		switch t.Dir() {
		case types.SendRecv:
			b.WriteString("chan ")
			if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
				parens = true
			}
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		}
		if parens {
			b.WriteByte('(')
		}
		writeType(b, t.Elem(), qf)
		if parens {
			b.WriteByte(')')
		}
	case *types.Struct:
		b.WriteString("struct{")
		for i := 0; i < t.NumFields(); i++ {
			if i > 0 {
				b.WriteString("; ")
			}
			f := t.Field(i)
			if !f.Embedded() {
				b.WriteString(f.Name())
				b.WriteByte(' ')
			}
			writeType(b, f.Type(), qf)
			if tag := t.Tag(i); tag != "" {
				b.WriteByte(' ')
				b.WriteString(strconv.Quote(tag))
			}
		}
		b.WriteByte('}')
	case *types.Tuple:
		writeTuple(b, t, false, qf)
	case *types.Signature:
		b.WriteString("func")
		writeSignature(b, t, qf)
	case *types.Interface:
		if t.NumExplicitMethods() == 0 && t.NumEmbeddeds() == 0 {
			if types.TypeString(t, nil) == "any" {
				b.WriteString("any")
			} else {
				b.WriteString("interface{}")
			}
			return
		}
		b.WriteString("interface{")
		first := true
		for i := 0; i < t.NumExplicitMethods(); i++ {
			if !first {
				b.WriteString("; ")
			}
			first = false
			m := t.ExplicitMethod(i)
			b.WriteString(m.Name())
			writeSignature(b, m.Type().(*types.Signature), qf)
		}
		for i := 0; i < t.NumEmbeddeds(); i++ {
			if !first {
				b.WriteString("; ")
			}
			first = false
			writeType(b, t.EmbeddedType(i), qf)
		}
		b.WriteByte('}')
	default:
		b.WriteString(types.TypeString(t, qf))
	}
}

func writeTuple(b *bytes.Buffer, t *types.Tuple, variadic bool, qf types.Qualifier) {
	b.WriteByte('(')
	for i := 0; i < t.Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		if name := t.At(i).Name(); name != "" {
			b.WriteString(name)
			b.WriteByte(' ')
		}
		typ := t.At(i).Type()
		if variadic && i == t.Len()-1 {
			b.WriteString("...")
			typ = typ.(*types.Slice).Elem()
		}
		writeType(b, typ, qf)
	}
	b.WriteByte(')')
}

func writeSignature(b *bytes.Buffer, s *types.Signature, qf types.Qualifier) {
	writeTuple(b, s.Params(), s.Variadic(), qf)
	switch n := s.Results().Len(); {
	case n == 0:
	case n == 1 && s.Results().At(0).Name() == "":
		b.WriteByte(' ')
		writeType(b, s.Results().At(0).Type(), qf)
	default:
		b.WriteByte(' ')
		writeTuple(b, s.Results(), false, qf)
	}
}
