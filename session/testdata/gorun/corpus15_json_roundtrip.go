package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Email    string            `json:"-"`
	Tags     []string          `json:"tags"`
	Address  *Address          `json:"address,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Score    float64           `json:"score,string"`
	internal int
}

func main() {
	p := Person{Name: "Ada", Age: 36, Email: "ada@example.com", Tags: []string{"math", "code"},
		Address: &Address{Street: "12 Loop Rd"}, Score: 9.5, internal: 7}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	var back Person
	err = json.Unmarshal(b, &back)
	fmt.Printf("%+v %v %+v\n", back.Address, err, back.Tags)
	fmt.Println(back.Name, back.Age, back.Email == "", back.Score, back.internal)

	out, _ := json.MarshalIndent(map[string]any{"b": []int{1, 2}, "a": nil, "c": map[string]bool{"z": true, "y": false}}, "", "  ")
	fmt.Println(string(out))

	var anything any
	json.Unmarshal([]byte(`{"n": 1, "list": [1, "two", 3.5, null, true], "obj": {"k": "v"}}`), &anything)
	m := anything.(map[string]any)
	fmt.Printf("%T %v\n", m["n"], m["n"])
	for i, v := range m["list"].([]any) {
		fmt.Printf("%d %T %v\n", i, v, v)
	}
	fmt.Println(m["obj"].(map[string]any)["k"])

	var people []Person
	err = json.Unmarshal([]byte(`[{"name":"A","tags":null,"score":"1.25"},{"name":"B","age":"x"}]`), &people)
	fmt.Println(len(people), err)
	fmt.Printf("%q %v %v\n", people[0].Name, people[0].Tags == nil, people[0].Score)

	dec := json.NewDecoder(strings.NewReader(`{"name":"C","extra":1}`))
	dec.DisallowUnknownFields()
	var c Person
	fmt.Println(dec.Decode(&c))

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent(">", "\t")
	enc.Encode(Address{Street: "<Main> & 1st"})
	empty, _ := json.Marshal(Person{})
	fmt.Println(string(empty))
}
