package p

// copy entries into a local map
func copyLocal(src map[string]*int) int {
	dst := map[string]*int{}
	for k, v := range src {
		dst[k] = v
	}
	return len(dst)
}

// copy entries into a param map
func copyInto(dst, src map[string]*int) {
	for k, v := range src {
		dst[k] = v
	}
}

// invert a map (values become keys)
func invert(m map[string]*int) map[*int]string {
	out := make(map[*int]string, len(m))
	for k, v := range m {
		out[v] = k
	}
	return out
}

// group values into slices stored in a map
func group(m map[string]*int) map[int][]*int {
	out := map[int][]*int{}
	for _, v := range m {
		out[*v] = append(out[*v], v)
	}
	return out
}
