// Type switches over an expression tree.
package main

import "fmt"

type Expr interface{ isExpr() }

type Num float64
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }
type Neg struct{ X Expr }

func (Num) isExpr() {}
func (Add) isExpr() {}
func (Mul) isExpr() {}
func (*Neg) isExpr() {}

func eval(e Expr) float64 {
	switch e := e.(type) {
	case Num:
		return float64(e)
	case Add:
		return eval(e.L) + eval(e.R)
	case Mul:
		return eval(e.L) * eval(e.R)
	case *Neg:
		return -eval(e.X)
	}
	panic(fmt.Sprintf("bad expr %T", e))
}

func main() {
	e := Add{Num(1), Mul{Num(2), &Neg{Num(3)}}}
	fmt.Println(eval(e))
}
