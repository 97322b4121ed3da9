package p

type Shape interface{ Area() float64 }

type Rect struct{ w, h float64 }
type Circle struct{ r float64 }

func (r Rect) Area() float64    { return r.w * r.h }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }

// build shapes in a slice of interfaces
func shapes() []Shape {
	return []Shape{Rect{1, 2}, &Circle{1}}
}

// total area through the interface
func total(ss []Shape) float64 {
	t := 0.0
	for _, s := range ss {
		t += s.Area()
	}
	return t
}

// devirtualized pointer receiver
func one() float64 {
	var s Shape = &Circle{2}
	return s.Area()
}
