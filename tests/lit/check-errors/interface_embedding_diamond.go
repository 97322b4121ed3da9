// Interfaces embedding the two interfaces of the level below, 40 levels
// deep: 2^40 paths to I0, one method set each (must not take 2^40 steps).
package main

type I0 interface{ M0() }
type J0 interface{ N0() }
type I1 interface {
	I0
	J0
	A1()
}
type J1 interface {
	I0
	J0
	B1()
}
type I2 interface {
	I1
	J1
	A2()
}
type J2 interface {
	I1
	J1
	B2()
}
type I3 interface {
	I2
	J2
	A3()
}
type J3 interface {
	I2
	J2
	B3()
}
type I4 interface {
	I3
	J3
	A4()
}
type J4 interface {
	I3
	J3
	B4()
}
type I5 interface {
	I4
	J4
	A5()
}
type J5 interface {
	I4
	J4
	B5()
}
type I6 interface {
	I5
	J5
	A6()
}
type J6 interface {
	I5
	J5
	B6()
}
type I7 interface {
	I6
	J6
	A7()
}
type J7 interface {
	I6
	J6
	B7()
}
type I8 interface {
	I7
	J7
	A8()
}
type J8 interface {
	I7
	J7
	B8()
}
type I9 interface {
	I8
	J8
	A9()
}
type J9 interface {
	I8
	J8
	B9()
}
type I10 interface {
	I9
	J9
	A10()
}
type J10 interface {
	I9
	J9
	B10()
}
type I11 interface {
	I10
	J10
	A11()
}
type J11 interface {
	I10
	J10
	B11()
}
type I12 interface {
	I11
	J11
	A12()
}
type J12 interface {
	I11
	J11
	B12()
}
type I13 interface {
	I12
	J12
	A13()
}
type J13 interface {
	I12
	J12
	B13()
}
type I14 interface {
	I13
	J13
	A14()
}
type J14 interface {
	I13
	J13
	B14()
}
type I15 interface {
	I14
	J14
	A15()
}
type J15 interface {
	I14
	J14
	B15()
}
type I16 interface {
	I15
	J15
	A16()
}
type J16 interface {
	I15
	J15
	B16()
}
type I17 interface {
	I16
	J16
	A17()
}
type J17 interface {
	I16
	J16
	B17()
}
type I18 interface {
	I17
	J17
	A18()
}
type J18 interface {
	I17
	J17
	B18()
}
type I19 interface {
	I18
	J18
	A19()
}
type J19 interface {
	I18
	J18
	B19()
}
type I20 interface {
	I19
	J19
	A20()
}
type J20 interface {
	I19
	J19
	B20()
}
type I21 interface {
	I20
	J20
	A21()
}
type J21 interface {
	I20
	J20
	B21()
}
type I22 interface {
	I21
	J21
	A22()
}
type J22 interface {
	I21
	J21
	B22()
}
type I23 interface {
	I22
	J22
	A23()
}
type J23 interface {
	I22
	J22
	B23()
}
type I24 interface {
	I23
	J23
	A24()
}
type J24 interface {
	I23
	J23
	B24()
}
type I25 interface {
	I24
	J24
	A25()
}
type J25 interface {
	I24
	J24
	B25()
}
type I26 interface {
	I25
	J25
	A26()
}
type J26 interface {
	I25
	J25
	B26()
}
type I27 interface {
	I26
	J26
	A27()
}
type J27 interface {
	I26
	J26
	B27()
}
type I28 interface {
	I27
	J27
	A28()
}
type J28 interface {
	I27
	J27
	B28()
}
type I29 interface {
	I28
	J28
	A29()
}
type J29 interface {
	I28
	J28
	B29()
}
type I30 interface {
	I29
	J29
	A30()
}
type J30 interface {
	I29
	J29
	B30()
}
type I31 interface {
	I30
	J30
	A31()
}
type J31 interface {
	I30
	J30
	B31()
}
type I32 interface {
	I31
	J31
	A32()
}
type J32 interface {
	I31
	J31
	B32()
}
type I33 interface {
	I32
	J32
	A33()
}
type J33 interface {
	I32
	J32
	B33()
}
type I34 interface {
	I33
	J33
	A34()
}
type J34 interface {
	I33
	J33
	B34()
}
type I35 interface {
	I34
	J34
	A35()
}
type J35 interface {
	I34
	J34
	B35()
}
type I36 interface {
	I35
	J35
	A36()
}
type J36 interface {
	I35
	J35
	B36()
}
type I37 interface {
	I36
	J36
	A37()
}
type J37 interface {
	I36
	J36
	B37()
}
type I38 interface {
	I37
	J37
	A38()
}
type J38 interface {
	I37
	J37
	B38()
}
type I39 interface {
	I38
	J38
	A39()
}
type J39 interface {
	I38
	J38
	B39()
}

func F(x I39) J39 { return x }

func main() {}
