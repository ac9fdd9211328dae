package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	data := []byte(`[1, "two", 3.5, true, null, [4, 5], {"six": 6}]`)
	var items []any
	if err := json.Unmarshal(data, &items); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("len:", len(items))
	sum := 0.0
	for i, it := range items {
		switch v := it.(type) {
		case float64:
			sum += v
			fmt.Printf("%d: number %g\n", i, v)
		case string:
			fmt.Printf("%d: string %q len %d\n", i, v, len(v))
		case bool:
			fmt.Printf("%d: bool %v\n", i, v)
		case nil:
			fmt.Printf("%d: null\n", i)
		case []any:
			fmt.Printf("%d: array of %d: %v\n", i, len(v), v)
		case map[string]any:
			fmt.Printf("%d: object %v\n", i, v)
		}
	}
	fmt.Println("sum of numbers:", sum)

	var anything any
	json.Unmarshal([]byte(`{"a":[1,{"b":null}]}`), &anything)
	fmt.Printf("%T %v\n", anything, anything)
	inner := anything.(map[string]any)["a"].([]any)[1].(map[string]any)
	b, present := inner["b"]
	fmt.Println("b:", b, "present:", present)

	var ints []int
	err := json.Unmarshal(data, &ints)
	fmt.Println("into []int:", err)
	fmt.Println("partially filled:", ints)
}
