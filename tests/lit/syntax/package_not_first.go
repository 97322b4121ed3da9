// A file must start with its package clause.

import "fmt"

func main() { fmt.Println() }
