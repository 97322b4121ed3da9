// all_forms.go: every declaration, statement and expression form of Go 1.19
// (without generics), for the --emit=ast golden test. go1.19 compiles it.
package forms

import (
	"fmt"
	. "math"
	_ "os"
	str "strings"
)

import "unsafe"

const (
	A = iota
	B
	C, D = iota * 2, "d"
)

const single int64 = 0x1F + 0o17 + 017 + 0b101 + 1_000_000

var (
	x, y   = 1.5e3, 0x1p-2
	z      complex128 = 2.5i
	r           = 'a' + '\n' + '\x41' + '\u00e9' + '\U0001F600'
	s, raw      = "tab\t\"q\"", `raw
string`
	arr    [3]int
	sl     []string
	m      map[string][]*int
	ch     chan int
	sendc  chan<- int
	recvc  <-chan int
	fn     func(int, ...string) (int, error)
	ptr    *T
	iface  interface{}
	anyv   any
)

type (
	T struct {
		a, b int
		Emb
		*P
		fmt.Stringer
		tag  string `json:"tag,omitempty"`
		_    int
		fptr func() *T
	}
	Emb struct{}
	P struct{ p *int }
	I interface {
		M(x int) (y int)
		fmt.Stringer
	}
	Alias = T
	Arr   [A + 2]byte
)

func (t T) M(x int) (y int) { return x + t.a }
func (p *P) PM()              {}
func (Emb) String() string      { return "Emb" }

func variadic(prefix string, xs ...int) int { return len(prefix) + len(xs) }

func statements(n int) (res int, err error) {
	var local int
	local = n
	local += 2
	local++
	local--
	a, b := 1, 2
	a, b = b, a
	_ = a
	_, _ = b, Pi
	{
		inner := local
		_ = inner
	}
	if local > 0 {
		res = 1
	} else if v := local * 2; v < 0 {
		res = -1
	} else {
		res = 0
	}
outer:
	for i := 0; i < 3; i++ {
		for j := range arr {
			if j == 1 {
				continue outer
			}
			if j == 2 {
				break outer
			}
		}
	}
	for {
		break
	}
	for local < 10 {
		local++
	}
	for k, v := range map[string]int{"a": 1} {
		_, _ = k, v
	}
	for range sl {
	}
	switch x := local; x {
	case 1, 2:
		fallthrough
	case 3:
	default:
	}
	switch {
	case local > 1:
	}
	switch v := iface.(type) {
	case int, string:
		_ = v
	case nil:
	}
	switch iface.(type) {
	case *T:
	}
	c := make(chan int, 1)
	c <- 1
	<-c
	select {
	case v := <-c:
		_ = v
	case v, ok := <-c:
		_, _ = v, ok
	case c <- 2:
	default:
	}
	go func() {}()
	defer fmt.Println("done")
	goto end
end:
	return res, nil
}

func expressions() {
	t := T{a: 1, b: 2}
	pt := &T{}
	ts := []T{{a: 1}, {b: 2}}
	pts := []*T{{}, nil}
	mm := map[string]P{"k": {}}
	aa := [...]int{1, 2, 3}
	keyed := [5]int{1: 10, 4: 40}
	anon := struct{ x, y int }{1, 2}
	f := func(a int) int { return a * 2 }
	mexpr := T.M
	mexprp := (*P).PM
	mval := t.M
	conv := int64(t.a)
	convp := (*int)(nil)
	convf := (func())(nil)
	ta, ok := iface.(fmt.Stringer)
	full := sl[1:2:3]
	half := sl[:1]
	s2 := s[1:]
	v := variadic("p", 1, 2)
	v2 := variadic("p", []int{1}...)
	ap := append(sl, "x")
	u := uintptr(unsafe.Pointer(pt))
	neg, not, xor, deref, addr := -t.a, !ok, ^t.b, *pt, &t
	bin := 1+2*3 - 4/5%6<<1>>2&7|8^9&^10
	cmp := bin == 1 || bin != 2 && bin < 3 || bin <= 4 || bin > 5 || bin >= 6
	recvd := <-recvc
	fs := str.Repeat("a", 2)
	_, _, _, _, _, _, _, _, _, _, _, _, _, _ = t, pt, ts, pts, mm, aa, keyed, anon, f, mexpr, mexprp, mval, conv, convp
	_, _, _, _, _, _, _, _, _, _, _, _, _, _ = convf, ta, full, half, s2, v, v2, ap, u, neg, not, xor, deref, addr
	_, _, _, _ = bin, cmp, recvd, fs
}
