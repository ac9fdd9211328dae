package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type userKey struct{}
type traceKey struct{ name string }

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func find(name string) error {
	return fmt.Errorf("lookup: %w", NotFound{name})
}

func main() {
	ctx := context.WithValue(context.Background(), userKey{}, "alice")
	ctx = context.WithValue(ctx, traceKey{"a"}, 1)
	ctx = context.WithValue(ctx, traceKey{"b"}, 2)
	fmt.Println(ctx.Value(userKey{}), ctx.Value(traceKey{"a"}), ctx.Value(traceKey{"b"}), ctx.Value(traceKey{"c"}))
	name, ok := ctx.Value(userKey{}).(string)
	fmt.Println(name, ok)

	err := find("bob")
	fmt.Println(err, errors.Is(err, NotFound{"bob"}), errors.Is(err, NotFound{"amy"}))
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Name)

	var m sync.Map
	m.Store("t1", Temp(21.5))
	m.Store(Temp(1), "by temp")
	t := Temp(21.5)
	w, ok := m.Load(Temp(1))
	fmt.Println(w, ok)
	temps := []Temp{1, 2.5}
	fmt.Println(temps[0], temps[1])
	fmt.Printf("%v %s %.2f\n", t, t, float64(t))
	fmt.Println(fmt.Sprint(t), fmt.Sprintf("%d", 3))
	var s fmt.Stringer = t
	fmt.Println(s.String())
	errs := errors.Join(NotFound{"x"}, NotFound{"y"})
	fmt.Println(errs)
	fmt.Printf("%v|%s|%q\n", NotFound{"z"}, NotFound{"z"}, NotFound{"z"})
}
