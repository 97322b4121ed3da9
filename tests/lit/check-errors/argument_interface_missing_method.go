package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

func draw(s Shape) {}

func main() {
	draw(Square{1})
}
