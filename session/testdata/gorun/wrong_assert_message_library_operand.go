package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A failed x.(T), T not an interface, recovered and printed: Go names the
// operand's static type and the value's dynamic type. Operands the
// interpreter holds as library values (results of library calls, errors,
// library interfaces) must not get its "missing method" wording.

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Point struct{ X, Y int }

type cellErr struct{}

func (*cellErr) Error() string { return "cell" }

func getErr() error { return errors.New("e") }

func asNumError(e error) *strconv.NumError { return e.(*strconv.NumError) }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	var v any = "gopher"
	try("any beside a float64 type with methods", func() { _ = v.(float64) })
	try("json value", func() {
		var m map[string]any
		json.Unmarshal([]byte(`{"x":"s"}`), &m)
		_ = m["x"].(float64)
	})
	try("reflect Interface", func() { _ = reflect.ValueOf("s").Interface().(int) })
	try("context value", func() {
		ctx := context.WithValue(context.Background(), "k", 3)
		_ = ctx.Value("k").(string)
	})
	try("sync.Map value", func() {
		var sm sync.Map
		sm.Store("a", 7)
		got, _ := sm.Load("a")
		_ = got.(string)
	})
	try("nil context value", func() { _ = context.Background().Value("none").(string) })
	try("error to library pointer", func() { _ = errors.New("x").(*strconv.NumError) })
	try("error to alias", func() { _ = errors.New("e").(*os.PathError) })
	try("io.Reader", func() {
		var r io.Reader = strings.NewReader("x")
		_ = r.(*os.File)
	})
	try("cell function's error", func() { _ = getErr().(*strconv.NumError) })
	try("error parameter", func() { _ = asNumError(errors.New("p")) })
	try(":= of a library call", func() {
		ctx := context.WithValue(context.Background(), "k", "s")
		w := ctx.Value("k")
		_ = w.(int)
	})
	try("fmt.Stringer", func() { var st fmt.Stringer = time.Second; _ = st.(time.Month) })
	try("error of :=", func() { _, err := strconv.Atoi("x"); _ = err.(*time.ParseError) })
	try("errors.Unwrap", func() { _ = errors.Unwrap(fmt.Errorf("%w", errors.New("x"))).(*strconv.NumError) })
	var x any = 1
	try("[]any", func() { _ = x.([]any) })
	try("map[string]any", func() { _ = x.(map[string]any) })
	try("[]Point", func() { _ = x.([]Point) })
	try("byte", func() { _ = x.(byte) })
	try("rune", func() { _ = x.(rune) })
	try("func type", func() { _ = x.(func(any) error) })
	try("celsius in any", func() { var c any = celsius(1); _ = c.(float64) })
	try("succeeds", func() { fmt.Println(x.(int)+1, reflect.ValueOf(2.5).Interface().(float64)) })
	var pts any = []Point{{1, 2}}
	try("[]Point succeeds", func() { fmt.Println(pts.([]Point)[0].Y) })
	try("cell error to library type", func() { var e error = &cellErr{}; _ = e.(*strconv.NumError) })
	try("library error succeeds", func() {
		_, err := strconv.Atoi("z")
		fmt.Println(err.(*strconv.NumError).Num)
	})
	var y any = map[string]any{"a": []any{1, "b"}}
	try("nested succeeds", func() { fmt.Println(y.(map[string]any)["a"].([]any)[1].(string)) })
}
