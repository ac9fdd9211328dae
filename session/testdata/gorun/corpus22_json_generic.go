package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

func walk(prefix string, v interface{}, depth int) {
	indent := strings.Repeat("  ", depth)
	switch vv := v.(type) {
	case string:
		fmt.Println(indent+prefix, "is string", vv)
	case float64:
		fmt.Println(indent+prefix, "is float64", vv)
	case bool:
		fmt.Println(indent+prefix, "is bool", vv)
	case nil:
		fmt.Println(indent+prefix, "is null")
	case []interface{}:
		fmt.Println(indent+prefix, "is an array:")
		for i, u := range vv {
			walk(fmt.Sprint(i), u, depth+1)
		}
	case map[string]interface{}:
		fmt.Println(indent+prefix, "is an object:")
		keys := make([]string, 0, len(vv))
		for k := range vv {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(k, vv[k], depth+1)
		}
	default:
		fmt.Println(indent+prefix, "is of a type I don't know how to handle")
	}
}

type FamilyMember struct {
	Name    string
	Age     int
	Parents []string
}

func main() {
	b := []byte(`{"Name":"Wednesday","Age":6,"Parents":["Gomez","Morticia"],"Pet":null,"Alive":true,"Home":{"city":"?","zip":12345}}`)
	var f interface{}
	err := json.Unmarshal(b, &f)
	fmt.Println("err:", err)
	walk("root", f, 0)

	m := f.(map[string]interface{})
	fmt.Printf("%T %v\n", m["Age"], m["Age"])
	parents := m["Parents"].([]interface{})
	fmt.Println(len(parents), parents[1])

	var fm FamilyMember
	err = json.Unmarshal(b, &fm)
	fmt.Printf("%+v %v\n", fm, err)

	out, _ := json.Marshal(m)
	fmt.Println(string(out))
	pretty, _ := json.MarshalIndent(map[string]any{"b": []int{1, 2}, "a": nil}, "", "  ")
	fmt.Println(string(pretty))

	var arr []any
	json.Unmarshal([]byte(`[1, "two", 3.5, [4], {"five": 5}]`), &arr)
	for _, x := range arr {
		fmt.Printf("%T ", x)
	}
	fmt.Println()

	var bad map[string]any
	err = json.Unmarshal([]byte(`{"a": }`), &bad)
	fmt.Println("bad:", err)
	var wrongType FamilyMember
	err = json.Unmarshal([]byte(`{"Age": "six"}`), &wrongType)
	fmt.Println("wrong type:", err)
	var ute *json.UnmarshalTypeError
	fmt.Println(fmt.Sprintf("%T", err) == "*json.UnmarshalTypeError", ute == nil)
}
