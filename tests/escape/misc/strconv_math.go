package p

import (
	"math"
	"math/bits"
	"strconv"
)

// strconv.Itoa result returned
func itoa(n int) string {
	return strconv.Itoa(n)
}

// strconv.Atoi of a param
func atoi(s string) (int, error) {
	return strconv.Atoi(s)
}

// AppendInt to a local buffer
func appendInt(n int64) int {
	buf := make([]byte, 0, 20)
	buf = strconv.AppendInt(buf, n, 10)
	return len(buf)
}

// math and bits intrinsics
func nums(x float64, u uint) (float64, int) {
	return math.Sqrt(x), bits.OnesCount(u)
}
