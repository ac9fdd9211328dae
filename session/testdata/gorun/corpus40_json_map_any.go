package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

func walk(prefix string, v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(prefix+"."+k, x[k], out)
		}
	case []any:
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", prefix, i), e, out)
		}
	case string:
		*out = append(*out, fmt.Sprintf("%s = %q (string)", prefix, x))
	case float64:
		*out = append(*out, fmt.Sprintf("%s = %v (number)", prefix, x))
	case bool:
		*out = append(*out, fmt.Sprintf("%s = %t (bool)", prefix, x))
	case nil:
		*out = append(*out, prefix+" = null")
	default:
		*out = append(*out, fmt.Sprintf("%s = ? %T", prefix, x))
	}
}

func main() {
	doc := `{
		"name": "gogil",
		"stars": 1234,
		"ratio": 0.5,
		"private": false,
		"license": null,
		"owner": {"login": "gopher", "id": 1},
		"topics": ["go", "jupyter", {"nested": true}]
	}`
	var m map[string]any
	if err := json.Unmarshal([]byte(doc), &m); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("top-level keys:", len(m))
	var lines []string
	walk("$", m, &lines)
	fmt.Println(strings.Join(lines, "\n"))

	if owner, ok := m["owner"].(map[string]any); ok {
		fmt.Println("owner login:", owner["login"])
	}
	stars := m["stars"].(float64)
	fmt.Printf("stars as int: %d\n", int(stars))
	if _, ok := m["stars"].(int); !ok {
		fmt.Println("numbers decode as float64, not int")
	}
	m["stars"] = stars + 1
	delete(m, "topics")
	out, _ := json.Marshal(m)
	fmt.Println(string(out))
}
