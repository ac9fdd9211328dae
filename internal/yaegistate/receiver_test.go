package yaegistate

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/traefik/yaegi/interp"
)

func TestMethodReceiverValue(t *testing.T) {
	if _, err := receiverLayout(); err != nil {
		t.Fatal(err)
	}
	i := interp.New(interp.Options{})
	var got []error
	i.Use(interp.Exports{"x/x": {"Keep": reflect.ValueOf(func(e error) { got = append(got, e) })}})
	_, err := i.Eval(`package main
import "x"
type S struct{ K string; N int }
func (s S) Error() string { return s.K }
type P struct{ K string; N int }
func (p *P) Error() string { return p.K }
type In struct{ S; Extra bool }
func conv(s S) error { return s }
func main() {
	for n := 0; n < 3; n++ {
		x.Keep(conv(S{"k", n}))
	}
	x.Keep(&P{"p", 9})
	x.Keep(In{S{"in", 4}, true})
}
`)
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, e := range got {
		w := reflect.ValueOf(e)
		if w.Kind() == reflect.Pointer {
			w = w.Elem()
		}
		v, ok := MethodReceiverValue(w.Field(1))
		if !ok {
			t.Fatalf("%v: no receiver", e)
		}
		texts = append(texts, fmt.Sprintf("%v", v.Interface()))
	}
	if s := fmt.Sprint(texts); s != "[{k 0} {k 1} {k 2} &{p 9} {in 4}]" {
		t.Errorf("receivers %s", s)
	}
	if _, ok := MethodReceiverValue(reflect.ValueOf(func() {})); ok {
		t.Error("a native func has a receiver")
	}
}
