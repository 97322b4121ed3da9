package p

import "bytes"

// bytes.Buffer local
func buffer() int {
	var b bytes.Buffer
	b.WriteString("x")
	return b.Len()
}

// bytes.Equal on params
func eq(a, b []byte) bool {
	return bytes.Equal(a, b)
}

// bytes.TrimSpace result returned
func trim(b []byte) []byte {
	return bytes.TrimSpace(b)
}

// conversion for comparison: no allocation needed
func cmp(b []byte, s string) bool {
	return string(b) == s
}
