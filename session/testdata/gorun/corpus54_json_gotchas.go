package main

import (
	"encoding/json"
	"fmt"
)

type User struct {
	Name     string            `json:"name"`
	age      int               // unexported: ignored
	Email    string            `json:"email,omitempty"`
	Admin    bool              `json:"-"`
	Score    float64           `json:"score"`
	Tags     []string          `json:"tags"`
	Meta     map[string]string `json:"meta,omitempty"`
	Raw      []byte            `json:"raw"`
	ID       int64             `json:"id,string"`
	Nickname *string           `json:"nickname"`
}

func main() {
	u := User{Name: "Ann", age: 30, Admin: true, Score: 1.0, Raw: []byte("hi"), ID: 12}
	out, err := json.Marshal(u)
	fmt.Println(string(out), err)

	// Unmarshalling into interface{} gives float64 numbers.
	var anyV interface{}
	_ = json.Unmarshal([]byte(`{"n": 42, "list": [1, "two", true, null]}`), &anyV)
	m := anyV.(map[string]interface{})
	fmt.Printf("%T %v\n", m["n"], m["n"])
	for _, item := range m["list"].([]interface{}) {
		fmt.Printf("%T ", item)
	}
	fmt.Println()

	// Field matching is case-insensitive; unknown fields are dropped.
	var back User
	err = json.Unmarshal([]byte(`{"NAME":"Bob","unknown":1,"id":"77","tags":null,"raw":"aGk="}`), &back)
	fmt.Println(back.Name, back.ID, back.Tags == nil, string(back.Raw), err)

	// Wrong types give an error but keep what was decoded.
	var partial struct {
		A int    `json:"a"`
		B string `json:"b"`
	}
	err = json.Unmarshal([]byte(`{"a":"x","b":"ok"}`), &partial)
	fmt.Println(partial.B, err != nil)

	// Map keys are sorted; HTML is escaped by default.
	data := map[string]interface{}{"z": 1, "a": "<b>&</b>", "m": []int{}}
	out, _ = json.Marshal(data)
	fmt.Println(string(out))
	pretty, _ := json.MarshalIndent(map[string]int{"b": 2, "a": 1}, "", "  ")
	fmt.Println(string(pretty))

	// Large integers lose precision through float64.
	var f interface{}
	_ = json.Unmarshal([]byte(`9007199254740993`), &f)
	fmt.Println(f, fmt.Sprintf("%.0f", f))
	var n json.Number
	_ = json.Unmarshal([]byte(`"9007199254740993"`), &n)
	fmt.Println(n.String())

	// Embedded pointers and nil.
	var nilUser *User
	out, _ = json.Marshal(nilUser)
	fmt.Println(string(out))
}
