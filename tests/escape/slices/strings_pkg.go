package p

import "strings"

// strings.Split result kept local
func count(s string) int {
	return len(strings.Split(s, ","))
}

// strings.Join of a local literal
func join(a, b string) string {
	return strings.Join([]string{a, b}, "-")
}

// strings.Builder local
func build(xs []string) string {
	var sb strings.Builder
	for _, x := range xs {
		sb.WriteString(x)
	}
	return sb.String()
}

// strings.HasPrefix args
func has(s string) bool {
	return strings.HasPrefix(s, "x")
}
