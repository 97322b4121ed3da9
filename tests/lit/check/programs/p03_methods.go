// Methods: value and pointer receivers, method values and expressions.
package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c *Counter) Add(d int) { c.n += d }

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func main() {
	var c Counter
	c.Inc()
	inc := c.Inc
	inc()
	get := Counter.Get
	add := (*Counter).Add
	add(&c, 10)
	fmt.Println(get(c), c.Get())
	temp := Celsius(100)
	fmt.Println(temp.Fahrenheit())
	f := temp.Fahrenheit
	fmt.Println(f())
}
