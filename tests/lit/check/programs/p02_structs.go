// Structs: nested and anonymous structs, pointers, field promotion.
package main

import "fmt"

type Point struct{ X, Y int }

type Rect struct {
	Min, Max Point
	Label    string
}

func (r *Rect) Area() int { return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y) }

type Named struct {
	Point
	Name string
}

func main() {
	r := &Rect{Min: Point{0, 0}, Max: Point{3, 4}, Label: "r"}
	fmt.Println(r.Area(), r.Max.X)
	n := Named{Point{1, 2}, "n"}
	n.X = 5
	anon := struct {
		A int
		B []string
	}{A: 1}
	anon.B = append(anon.B, "b")
	pts := []Point{{1, 2}, {3, 4}}
	pp := []*Point{{5, 6}}
	fmt.Println(n.X, anon, pts[1].Y, pp[0].X)
	var zero Rect
	fmt.Println(zero == Rect{})
}
