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

type User struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Password string            `json:"-"`
	Tags     []string          `json:"tags"`
	Address  *Address          `json:"address,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Active   bool              `json:"active"`
	Score    float64           `json:"score,string"`
}

func main() {
	u := User{ID: 1, Name: "Ann", Password: "secret", Tags: []string{"admin", "dev"},
		Address: &Address{Street: "Main St"}, Meta: map[string]string{"b": "2", "a": "1"}, Score: 9.5}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)
	pretty, _ := json.MarshalIndent(User{ID: 2, Name: "Bob"}, "", "  ")
	fmt.Println(string(pretty))

	var back User
	err = json.Unmarshal([]byte(`{"id":7,"name":"Cy","tags":["x"],"address":{"street":"S","city":"C"},"extra":true,"score":"1.25"}`), &back)
	fmt.Println(err, back.ID, back.Name, back.Tags, back.Address.City, back.Score)
	fmt.Printf("%+v\n", *back.Address)

	var generic map[string]interface{}
	json.Unmarshal([]byte(`{"n":1,"s":"str","arr":[1,"two",null],"obj":{"k":false}}`), &generic)
	fmt.Println(generic["n"], generic["s"], generic["arr"], generic["obj"])
	fmt.Printf("%T %T\n", generic["n"], generic["arr"])
	if obj, ok := generic["obj"].(map[string]interface{}); ok {
		fmt.Println("k =", obj["k"])
	}

	var list []Address
	json.Unmarshal([]byte(`[{"street":"A"},{"street":"B","city":"Z"}]`), &list)
	fmt.Println(len(list), list)

	data := map[string][]int{"odd": {1, 3}, "even": {2, 4}}
	out, _ := json.Marshal(data)
	fmt.Println(string(out))
	var bad User
	err = json.Unmarshal([]byte(`{"id":"notanumber"}`), &bad)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{broken`), &bad)
	fmt.Println(err)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(struct {
		X int    `json:"x"`
		Y string `json:"y"`
	}{1, "why"})
	raw := json.RawMessage(`{"z":1}`)
	wrapped, _ := json.Marshal(map[string]interface{}{"raw": raw, "nil": nil})
	fmt.Println(string(wrapped))
}
