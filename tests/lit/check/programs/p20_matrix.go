// Numeric code: 2D arrays, float math, complex numbers, named numeric types.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

type Matrix [2][2]float64

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func main() {
	id := Matrix{{1, 0}, {0, 1}}
	m := Matrix{{1, 2}, {3, 4}}
	p := m.Mul(id)
	c := complex(3, 4)
	abs := math.Sqrt(real(c)*real(c) + imag(c)*imag(c))
	var u uint32 = 0xF0
	fmt.Println(p, abs, bits.OnesCount32(u), math.MaxInt64, float32(1)/3, c*c, 7%3, -7/2)
}
