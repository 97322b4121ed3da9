// Constants: iota, typed and untyped constants, exact arithmetic, shifts.
package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	Pi2    = math.Pi * 2
	Big    = 1 << 100
	Small  = Big >> 98
	Third  = 1.0 / 3
	Name   = "go" + "pher"
	Truth  = 1 < 2 && Name != ""
	Rune   = 'x' + 1
	Cplx   = 2i * 2i
	Mask   = ^uint8(0)
	Length = len(Name)
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

func main() {
	var f float32 = Third
	x := Small * 2
	fmt.Println(Tuesday, KB, MB, GB, Pi2, f, x, Truth, Rune, Cplx, Mask, Length)
}
