// A package path with characters url.PathEscape escapes (the directory
// name) and encoding/json escapes (the header's "package").
package pkgpath

var sink *int

func Keep(p *int) { sink = p }
