package yaegistate

import (
	"reflect"
	"testing"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

func TestFuncName(t *testing.T) {
	if _, err := funcLayout(); err != nil {
		t.Fatal(err)
	}
	i := interp.New(interp.Options{})
	i.Use(stdlib.Symbols)
	got := map[string]any{}
	i.Use(interp.Exports{"x/x": {"Keep": reflect.ValueOf(func(name string, f any) { got[name] = f })}})
	_, err := i.Eval(`package main
import "x"
type T struct{}
func (T) M(x int) int { return x }
func Square(x int) int { return x * x }
func other() {}
func main() {
	x.Keep("square", Square)
	x.Keep("other", other)
	x.Keep("lit", func(x int) int { return x })
	x.Keep("method", T{}.M)
	x.Keep("native", fmtSprint)
}
var fmtSprint = func() {}
`)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"square": "Square", "other": "other", "lit": "", "method": "", "native": ""} {
		n, ok := FuncName(reflect.ValueOf(got[name]))
		if n != want || ok != (want != "") {
			t.Errorf("%s: got %q %v, want %q", name, n, ok, want)
		}
	}
	if _, ok := FuncName(reflect.ValueOf(TestFuncName)); ok {
		t.Error("a native func has a name")
	}
}
