package main

import (
	"fmt"
	"strconv"
)

type Animal interface{ Sound() string }
type Dog struct{ Name string }
type Cat struct{ Name string }

func (d Dog) Sound() string  { return "woof" }
func (c *Cat) Sound() string { return "meow" }
func (d Dog) Fetch() string  { return d.Name + " fetches" }

func describe(i interface{}) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func toString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	case fmt.Stringer:
		return x.String()
	case error:
		return "error: " + x.Error()
	default:
		return fmt.Sprintf("<%T>", v)
	}
}

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	var i interface{}
	describe(i)
	i = 42
	describe(i)
	i = "hello"
	describe(i)
	i = []string{"a"}
	describe(i)

	// Type assertions.
	var v any = "gopher"
	s := v.(string)
	fmt.Println(s)
	n, ok := v.(int)
	fmt.Println(n, ok)
	if str, ok := v.(string); ok {
		fmt.Println("it is a string of length", len(str))
	}

	// A failed assertion without comma-ok panics.
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		_ = v.(float64)
	}()

	// Assertions to interfaces.
	animals := []Animal{Dog{"Rex"}, &Cat{"Tom"}}
	for _, a := range animals {
		fmt.Print(a.Sound(), " ")
		if d, ok := a.(Dog); ok {
			fmt.Print(d.Fetch(), " ")
		}
		if f, ok := a.(interface{ Fetch() string }); ok {
			fmt.Print("[fetcher:", f.Fetch(), "] ")
		}
	}
	fmt.Println()

	values := []any{"x", 7, celsius(21.5), fmt.Errorf("boom"), 3.5, nil}
	for _, val := range values {
		fmt.Println(toString(val))
	}

	// Heterogeneous maps, as from JSON.
	data := map[string]any{
		"name": "Sammy",
		"age":  float64(30),
		"tags": []any{"a", "b"},
	}
	if age, ok := data["age"].(float64); ok {
		fmt.Println("age next year:", age+1)
	}
	if tags, ok := data["tags"].([]any); ok {
		fmt.Println("tags:", len(tags), tags[0])
	}
	_, ok = data["missing"].(string)
	fmt.Println("missing ok:", ok)

	// Interface values compare by dynamic type and value.
	var a, b any = 3, 3
	var c any = int64(3)
	fmt.Println(a == b, a == c)
}
