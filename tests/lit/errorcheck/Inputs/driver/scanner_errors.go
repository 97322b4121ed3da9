// errorcheck

// Scanner errors on consecutive lines, as gc reports them.

package p

var a = 0x   // ERROR "hexadecimal literal has no digits"
var b = ''   // ERROR "empty rune literal or unescaped ' in rune literal|empty rune literal"
var c = 0b12 // ERROR "invalid digit '2' in binary literal"
