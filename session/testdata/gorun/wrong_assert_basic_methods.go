package main

import (
	"encoding/json"
	"fmt"
)

// A value of a type with methods whose underlying type is basic, held in
// an any, passed an assertion to that basic type: x.(float64) gave the
// value and true.

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Level int

func (l Level) Name() string { return [...]string{"low", "high"}[l] }

type reading struct {
	Value any
}

func asFloat(x any) (float64, bool) {
	f, ok := x.(float64)
	return f, ok
}

// kind is handed library values alone: a switch with a case of float64
// on a Celsius is refused (the interpreter may take it for a float64).
func kind(x any) string {
	switch v := x.(type) {
	case float64:
		return fmt.Sprint("float64 ", v)
	case int:
		return fmt.Sprint("int ", v)
	default:
		return fmt.Sprintf("%T %v", v, v)
	}
}

func main() {
	var x any = Celsius(21.5)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	if _, ok := x.(float64); !ok {
		fmt.Println("not a float64")
	}
	fmt.Println(asFloat(Celsius(3)))
	fmt.Println(asFloat(2.5))
	explicit := any(Celsius(4))
	_, ok = explicit.(float64)
	fmt.Printf("explicit %v %T\n", ok, explicit)
	var s fmt.Stringer = Celsius(5)
	var y any = s
	_, ok = y.(float64)
	fmt.Println("from a Stringer", ok)
	values := []any{Celsius(1), Level(1), 3.0, 4}
	for _, v := range values {
		_, isFloat := v.(float64)
		_, isInt := v.(int)
		fmt.Println(isFloat, isInt)
	}
	m := map[string]any{"c": Celsius(6), "n": 7}
	_, ok = m["c"].(float64)
	n, okN := m["n"].(int)
	fmt.Println(ok, n, okN)
	r := reading{Value: Level(0)}
	_, ok = r.Value.(int)
	fmt.Println(ok, r.Value)
	var decoded map[string]any
	json.Unmarshal([]byte(`{"t": 36.6}`), &decoded)
	t, ok := decoded["t"].(float64)
	fmt.Println(t, ok, kind(decoded["t"]), kind(8))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(x.(float64))
}
