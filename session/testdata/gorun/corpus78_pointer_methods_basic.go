package main

import "fmt"

// A counter type of a basic kind whose methods have pointer receivers:
// only *Counter is an Incrementer, and a Counter value in an interface
// cannot be incremented.

type Incrementer interface {
	Inc()
	Value() int
}

type Counter int

func (c *Counter) Inc()       { *c++ }
func (c *Counter) Value() int { return int(*c) }

func tryInc(v any) string {
	if in, ok := v.(Incrementer); ok {
		in.Inc()
		return fmt.Sprint("incremented to ", in.Value())
	}
	return fmt.Sprintf("%T is not an Incrementer", v)
}

func mustInc(v any) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	v.(Incrementer).Inc()
	return "ok"
}

func main() {
	var c Counter = 41
	fmt.Println(tryInc(c))
	fmt.Println(tryInc(&c))
	fmt.Println(c)
	fmt.Println(mustInc(&c), c)
	fmt.Println(mustInc(c))
	fmt.Println(tryInc("text"))
	var in Incrementer = &c
	in.Inc()
	fmt.Println(in.Value(), c)
}
