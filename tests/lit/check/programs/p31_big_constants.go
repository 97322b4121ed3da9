// Extreme constants: go/constant's exact fractions, its switch to 512-bit
// floats (beyond 4096-bit fractions and 2^±4096 literals), float results
// that become integers again, and complex parts of mixed kinds.
package main

import "fmt"

const (
	Huge     = 1e646456992
	HugeNeg  = -1e646456992
	Tiny     = 1e-646456992
	Ratio    = 1e646456992 / 1e646456991
	Big      = 1e1000
	BigThird = Big / 3
	Sum      = Huge + 1
	Diff     = Huge - Huge
	Third    = 1.0 / 3
	Cube     = Third * Third * Third
	Fine     = 1e-1233
	FineNeg  = -Fine
	Finer    = Fine * Fine
	Sub      = 0x1p-1074
	HexHuge  = 0x1p+100000
	Imag     = 1e500i
	Cplx     = (1 + 2i) / (3 - 4i)
	CplxBig  = 1e400 + 1e400i
	IntCplx  = 1000000000000000000000000 + 2i
	IntBig   = 1 << 500
	IntF     = IntBig * 1.5
	Ten      = Ratio * 1
	Digits   = 2.718281828459045235360287471352662497757247093699959574966967627724076630353547594571382178525166427
	Shifted  = 1.0 << 400
	Mixed    = Huge / Big
	Back     = Mixed * Big / Huge
	RealPart = real(CplxBig)
	ImagPart = imag(IntCplx)
)

var (
	ten  = int(Ratio)
	f64  = float64(Ratio)
	back = int(Back)
	third = float32(Third)
	tiny  = float64(Tiny)
	sub   = Sub
)

func main() {
	fmt.Println(ten, f64, back, third, tiny, sub)
}
