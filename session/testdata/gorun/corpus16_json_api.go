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

type User struct {
	ID       int            `json:"id"`
	Name     string         `json:"name"`
	Email    string         `json:"email,omitempty"`
	Tags     []string       `json:"tags"`
	Address  *Address       `json:"address,omitempty"`
	Meta     map[string]any `json:"meta,omitempty"`
	password string
	Score    float64 `json:"score,string"`
	Skip     int     `json:"-"`
}

type Envelope struct {
	Status string          `json:"status"`
	Data   json.RawMessage `json:"data"`
}

func main() {
	u := User{ID: 1, Name: "Ann", Tags: []string{"admin"}, password: "x", Score: 9.5, Skip: 3}
	b, _ := json.Marshal(u)
	fmt.Println(string(b))
	u.Address = &Address{Street: "1 Main"}
	u.Meta = map[string]any{"z": 1, "a": []int{1, 2}, "m": nil}
	b, _ = json.MarshalIndent(u, "", "  ")
	fmt.Println(string(b))

	var back User
	err := json.Unmarshal(b, &back)
	fmt.Println(err, back.Name, back.Address.Street, back.Score, back.Meta["a"], back.Skip)
	fmt.Printf("%T %T\n", back.Meta["z"], back.Meta["a"])

	const resp = `{"status":"ok","data":[{"id":2,"name":"Bo","tags":null,"score":"1.25"},{"id":3,"name":"Cy","tags":["x","y"],"score":"0"}]}`
	var env Envelope
	if err := json.Unmarshal([]byte(resp), &env); err != nil {
		panic(err)
	}
	var users []User
	json.Unmarshal(env.Data, &users)
	for _, x := range users {
		fmt.Printf("%d %s %v %v %g\n", x.ID, x.Name, x.Tags, x.Tags == nil, x.Score)
	}
	var generic map[string]interface{}
	json.Unmarshal([]byte(resp), &generic)
	data := generic["data"].([]interface{})
	first := data[0].(map[string]interface{})
	fmt.Println(len(data), first["name"], first["id"].(float64)+1)

	dec := json.NewDecoder(strings.NewReader(`{"street":"a"} {"street":"b","city":"c"} {"bad":`))
	for {
		var a Address
		if err := dec.Decode(&a); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Printf("%+v\n", a)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(map[string]int{"b": 2, "a": 1})
	err = json.Unmarshal([]byte(`{"id":"nope"}`), &back)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	_ = ute
}
