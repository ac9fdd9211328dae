package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Message struct {
	Name string
	Body string
	Time int64
}

type Person struct {
	Name    string   `json:"name"`
	Age     int      `json:"age,omitempty"`
	Email   string   `json:"-"`
	Tags    []string `json:"tags"`
	Manager *Person  `json:"manager,omitempty"`
}

func main() {
	m := Message{"Alice", "Hello", 1294706395881547000}
	b, err := json.Marshal(m)
	fmt.Println(string(b), err)

	var m2 Message
	err = json.Unmarshal(b, &m2)
	fmt.Println(m2, err, m == m2)

	p := Person{Name: "Bob", Email: "bob@example.com", Manager: &Person{Name: "Eve", Age: 50}}
	out, _ := json.MarshalIndent(p, "", "  ")
	fmt.Println(string(out))

	var f any
	blob := `{"Name":"Wednesday","Age":6,"Parents":["Gomez","Morticia"],"Alive":true}`
	json.Unmarshal([]byte(blob), &f)
	mm := f.(map[string]any)
	for _, k := range []string{"Name", "Age", "Parents", "Alive"} {
		switch vv := mm[k].(type) {
		case string:
			fmt.Println(k, "is string", vv)
		case float64:
			fmt.Println(k, "is float64", vv)
		case []any:
			fmt.Println(k, "is an array:", len(vv))
		default:
			fmt.Printf("%s is %T\n", k, vv)
		}
	}

	dec := json.NewDecoder(strings.NewReader(`{"name":"a","age":1} {"name":"b","tags":["x"]}`))
	enc := json.NewEncoder(os.Stdout)
	for dec.More() {
		var q Person
		if err := dec.Decode(&q); err != nil {
			fmt.Println("decode:", err)
			break
		}
		q.Age++
		enc.Encode(q)
	}
	var bad Person
	fmt.Println(json.Unmarshal([]byte(`{"name": 5}`), &bad))
}
