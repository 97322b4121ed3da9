package main

import (
	"fmt"
	"math/bits"
	"sync/atomic"
)

func main() {
	fmt.Println()
}
