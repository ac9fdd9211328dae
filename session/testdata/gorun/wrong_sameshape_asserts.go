package main

import (
	"errors"
	"fmt"
	"runtime"
)

// Cell types of one underlying type, behind interfaces the program
// declares: assertions in both forms, to values, pointers and
// interfaces, inside functions and at the top level.

type temp interface{ degrees() float64 }

type namer interface{ name() string }

type celsius float64

func (c celsius) degrees() float64 { return float64(c) }

type fahr float64

func (f fahr) degrees() float64 { return (float64(f) - 32) * 5 / 9 }
func (f fahr) name() string     { return "fahrenheit" }

type point struct{ x, y int }

func (p *point) degrees() float64 { return float64(p.x) }

type vec struct{ x, y int }

func (v *vec) degrees() float64 { return float64(v.y) }

type code int

func (c code) Error() string { return fmt.Sprint("code ", int(c)) }

func isCelsius(t temp) bool { _, ok := t.(celsius); return ok }

func mustFahr(t temp) fahr { return t.(fahr) }

func describe(t temp) string {
	if c, ok := t.(celsius); ok {
		return fmt.Sprint("celsius ", float64(c))
	}
	if f, ok := t.(fahr); ok {
		return fmt.Sprint("fahr ", float64(f))
	}
	if p, ok := t.(*point); ok {
		return fmt.Sprint("point ", p.x, p.y)
	}
	if v, ok := t.(*vec); ok {
		return fmt.Sprint("vec ", v.x, v.y)
	}
	return "unknown"
}

func try(what string, f func()) {
	defer func() {
		r := recover()
		isRuntime := false
		if r != nil {
			_, isRuntime = r.(runtime.Error)
		}
		fmt.Println(what+":", r, isRuntime)
	}()
	f()
}

func main() {
	temps := []temp{celsius(20), fahr(68), &point{1, 2}, &vec{3, 4}}
	for _, t := range temps {
		fmt.Println(describe(t), isCelsius(t))
	}
	var t temp = celsius(21)
	f, ok := t.(fahr)
	fmt.Println("celsius as fahr:", f, ok)
	var p temp = &point{5, 6}
	v, ok := p.(*vec)
	fmt.Println("point as vec:", v, ok)
	if q, ok := p.(*point); ok {
		fmt.Println("point as point:", q.x, q.y)
	}
	_, ok = t.(namer)
	fmt.Println("celsius is a namer:", ok)
	fmt.Println("fahr's name:", temps[1].(namer).name())
	try("fahr", func() { fmt.Println(mustFahr(fahr(50))) })
	try("celsius as fahr", func() { fmt.Println(mustFahr(t)) })
	try("point as vec", func() { fmt.Println(p.(*vec).x) })
	try("celsius as namer", func() { fmt.Println(t.(namer).name()) })
	var none temp
	try("nil as celsius", func() { fmt.Println(none.(celsius)) })
	try("nil as namer", func() { fmt.Println(none.(namer)) })
	var err error = errors.New("plain")
	try("error as code", func() { fmt.Println(err.(code)) })
}
