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
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s%s:\n", pad, k)
			describe(x[k], indent+1)
		}
	case []any:
		for i, e := range x {
			fmt.Printf("%s[%d]\n", pad, i)
			describe(e, indent+1)
		}
	case float64:
		fmt.Printf("%snumber %v\n", pad, x)
	case string:
		fmt.Printf("%sstring %q\n", pad, x)
	case bool:
		fmt.Printf("%sbool %t\n", pad, x)
	case nil:
		fmt.Printf("%snull\n", pad)
	default:
		fmt.Printf("%sother %T\n", pad, x)
	}
}

func main() {
	blob := `{"name":"server-1","port":8080,"ratio":0.75,"enabled":true,"owner":null,
	"tags":["web","prod"],"limits":{"cpu":2,"mem":"4Gi"}}`
	var m map[string]any
	if err := json.Unmarshal([]byte(blob), &m); err != nil {
		fmt.Println(err)
		return
	}
	describe(m, 0)

	port := m["port"].(float64)
	fmt.Println(int(port)+1, fmt.Sprintf("%T", m["port"]))
	if tags, ok := m["tags"].([]any); ok {
		fmt.Println(len(tags), tags[0].(string))
	}
	_, isInt := m["port"].(int)
	fmt.Println("is int:", isInt)

	var anything any
	json.Unmarshal([]byte(`[1, 2.5, "x", [true]]`), &anything)
	fmt.Printf("%v %T\n", anything, anything)

	dec := json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890, "small": 3}`))
	dec.UseNumber()
	var nums map[string]any
	dec.Decode(&nums)
	big := nums["big"].(json.Number)
	fmt.Println(big, big.String())
	_, err := big.Int64()
	fmt.Println(err)
	small, _ := nums["small"].(json.Number).Int64()
	fmt.Println(small * 2)

	m["port"] = 9090
	delete(m, "owner")
	out, _ := json.Marshal(m)
	fmt.Println(string(out))
}
