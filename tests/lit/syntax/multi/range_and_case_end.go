package main

func main() {
	x := range y
	range z
	if range w {
	}
	switch {
	case 0: f() case 1:
	default: g() default:
	}
}
