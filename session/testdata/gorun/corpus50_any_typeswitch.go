package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

func describe(v any, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		fmt.Println(pad + "null")
	case bool:
		fmt.Printf("%sbool %v\n", pad, x)
	case float64:
		if x == float64(int64(x)) {
			fmt.Printf("%sinteger-ish %d\n", pad, int64(x))
		} else {
			fmt.Printf("%sfloat %g\n", pad, x)
		}
	case string:
		fmt.Printf("%sstring %q\n", pad, x)
	case []any:
		fmt.Printf("%sarray of %d\n", pad, len(x))
		for _, e := range x {
			describe(e, indent+1)
		}
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("%sobject with %v\n", pad, keys)
		for _, k := range keys {
			fmt.Printf("%s %s:\n", pad, k)
			describe(x[k], indent+1)
		}
	default:
		fmt.Printf("%sunexpected %T\n", pad, x)
	}
}

func main() {
	data := `{"name":"gopher","age":13,"ratio":0.75,"ok":true,"tags":["a",1,null],"nested":{"deep":{"n":-2}}}`
	var m map[string]any
	if err := json.Unmarshal([]byte(data), &m); err != nil {
		fmt.Println(err)
		return
	}
	describe(m, 0)
	age, ok := m["age"].(float64)
	fmt.Println(age, ok)
	_, ok = m["age"].(int)
	fmt.Println("as int:", ok)
	d := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	d.UseNumber()
	var n map[string]any
	d.Decode(&n)
	num := n["n"].(json.Number)
	_, err := num.Int64()
	fmt.Printf("%T %s %v\n", n["n"], num, err)
}
