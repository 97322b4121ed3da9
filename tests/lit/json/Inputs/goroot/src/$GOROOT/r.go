// A file name starting with "$GOROOT/": gc replaces that prefix with its
// GOROOT (the GOROOT environment variable, which go tool sets, else
// /usr/lib/go-1.19) in the header and the URIs.
package main

func r() *int { v := 1; return &v }

func main() { _ = r() }
