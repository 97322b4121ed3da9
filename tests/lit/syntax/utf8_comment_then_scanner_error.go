package main

var x = /* ü世 */ 0x_ /* é */

func main() {}
