package main

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius
	var f Fahrenheit
	_ = c == f
}
