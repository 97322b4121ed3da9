// File and directory names with characters that url.PathEscape (the JSON
// file name), url.URL.String (the URIs) and encoding/json (the header)
// each escape differently.
package main

func main() {
	_ = odd()
	_ = w()
}

func odd() *int { o := 1; return &o }
