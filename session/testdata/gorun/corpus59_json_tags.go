package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Email    string            `json:"-"`
	Tags     []string          `json:"tags,omitempty"`
	Address  *Address          `json:"address,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	IsAdmin  bool              `json:"is_admin"`
	Score    float64           `json:"score,string"`
	internal int
}

func main() {
	p := Person{Name: "Alice", Age: 30, Email: "a@x.com", Tags: []string{"go", "json"},
		Address: &Address{Street: "1 Main St"}, IsAdmin: true, Score: 9.5, internal: 7}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)

	empty := Person{Name: "Bob"}
	b, _ = json.Marshal(empty)
	fmt.Println(string(b))

	b, _ = json.MarshalIndent(map[string]any{"z": 1, "a": []int{1, 2}, "m": nil}, "", "  ")
	fmt.Println(string(b))

	var q Person
	err = json.Unmarshal([]byte(`{"name":"Carol","age":41,"email":"ignored","tags":["x"],"address":{"street":"S","city":"C"},"score":"3.25","extra":true}`), &q)
	fmt.Printf("%+v %+v %v\n", q.Name, *q.Address, err)
	fmt.Println(q.Age, q.Email == "", q.Tags, q.Score)

	var anyv map[string]interface{}
	json.Unmarshal([]byte(`{"n":1.5,"s":"str","l":[1,"two",null],"o":{"k":false}}`), &anyv)
	fmt.Printf("%T %T %T %T\n", anyv["n"], anyv["s"], anyv["l"], anyv["o"])
	fmt.Println(anyv["l"], anyv["o"])

	err = json.Unmarshal([]byte(`{"name": 5}`), &q)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println(ute.Field, ute.Value, ute.Type)
	}
	err = json.Unmarshal([]byte(`{"name":`), &q)
	fmt.Println(err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode([]Address{{"a", "b"}, {Street: "c"}})
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "")
	enc.Encode("<tag> & more")
}
