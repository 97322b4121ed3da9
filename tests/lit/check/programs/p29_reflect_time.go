// Using reflect, time and runtime from the stdlib stubs.
package main

import (
	"fmt"
	"reflect"
	"runtime"
	"time"
)

type Config struct {
	Name    string `json:"name"`
	Timeout time.Duration
}

func main() {
	c := Config{Name: "x", Timeout: 2 * time.Second}
	t := reflect.TypeOf(c)
	v := reflect.ValueOf(&c).Elem()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Tag.Get("json"), v.Field(i).Kind() == reflect.String)
	}
	start := time.Now()
	runtime.Gosched()
	elapsed := time.Since(start)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(elapsed >= 0, c.Timeout.Seconds(), runtime.NumGoroutine() > 0, ms.NumGC >= 0)
}
