package p

var sinkA any
var sinkE interface{}

// conversion spelled as any
func toAny(x int) {
	sinkA = any(x)
}

// conversion spelled as interface{}
func toEmpty(x int) {
	sinkE = interface{}(x)
}

// slice of any literal
func anys(x int) []any {
	return []any{x}
}

// map of any
func anyMap(s string) map[string]any {
	return map[string]any{"s": s}
}
