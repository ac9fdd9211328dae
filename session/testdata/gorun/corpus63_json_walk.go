package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

const doc = `{
  "name": "gopher",
  "version": 1.5,
  "active": true,
  "nothing": null,
  "tags": ["a", "b", {"deep": [1, 2]}],
  "owner": {"login": "rob", "id": 42, "orgs": []}
}`

func walk(path string, v any, depth int) {
	ind := strings.Repeat("  ", depth)
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("%s%s: object(%d)\n", ind, path, len(x))
		for _, k := range keys {
			walk(path+"."+k, x[k], depth+1)
		}
	case []any:
		fmt.Printf("%s%s: array(%d)\n", ind, path, len(x))
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", path, i), e, depth+1)
		}
	case string:
		fmt.Printf("%s%s: string %q\n", ind, path, x)
	case float64:
		fmt.Printf("%s%s: number %g\n", ind, path, x)
	case bool:
		fmt.Printf("%s%s: bool %t\n", ind, path, x)
	case nil:
		fmt.Printf("%s%s: null\n", ind, path)
	default:
		fmt.Printf("%s%s: ??? %T\n", ind, path, x)
	}
}

func main() {
	var data map[string]any
	if err := json.Unmarshal([]byte(doc), &data); err != nil {
		panic(err)
	}
	walk("$", data, 0)

	owner := data["owner"].(map[string]any)
	id := owner["id"].(float64)
	fmt.Println("owner id as int:", int(id))
	if _, ok := data["missing"]; !ok {
		fmt.Println("no key missing")
	}

	dec := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	dec.UseNumber()
	var m map[string]any
	dec.Decode(&m)
	n := m["n"].(json.Number)
	_, err := n.Int64()
	fmt.Println(n.String(), err != nil)

	out, _ := json.Marshal(data["tags"])
	fmt.Println(string(out))
}
