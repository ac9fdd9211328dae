package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Calculator struct {
	Memory float64
}

func (c Calculator) Add(a, b float64) float64 { return a + b }
func (c Calculator) Mul(a, b float64) float64 { return a * b }
func (c *Calculator) Store(x float64)         { c.Memory = x }
func (c Calculator) Recall() float64          { return c.Memory }
func (c Calculator) Describe() string {
	return fmt.Sprintf("calculator with %.1f in memory", c.Memory)
}

func call(target any, name string, args ...any) {
	m := reflect.ValueOf(target).MethodByName(name)
	if !m.IsValid() {
		fmt.Printf("%s: no such method on %T\n", name, target)
		return
	}
	if m.Type().NumIn() != len(args) {
		fmt.Printf("%s: want %d args, got %d\n", name, m.Type().NumIn(), len(args))
		return
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = reflect.ValueOf(a)
	}
	out := m.Call(in)
	res := make([]string, len(out))
	for i, o := range out {
		res[i] = fmt.Sprint(o.Interface())
	}
	fmt.Printf("%s%v = [%s]\n", name, args, strings.Join(res, ", "))
}

func main() {
	c := &Calculator{}
	t := reflect.TypeOf(c)
	fmt.Println("methods of", t, ":", t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Printf("  %s %s\n", m.Name, m.Type)
	}
	vt := reflect.TypeOf(Calculator{})
	fmt.Println("methods of", vt, ":", vt.NumMethod())

	call(c, "Add", 2.0, 3.5)
	call(c, "Mul", 4.0, 2.5)
	call(c, "Store", 42.0)
	call(c, "Recall")
	call(c, "Describe")
	call(c, "Divide", 1.0, 2.0)
	call(c, "Add", 1.0)
	call(*c, "Store", 1.0)

	var s fmt.Stringer
	it := reflect.TypeOf(&s).Elem()
	fmt.Println(it.Kind(), it.Name(), t.Implements(it))
}
