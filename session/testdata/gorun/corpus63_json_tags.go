package main

import (
	"encoding/json"
	"fmt"
	"log"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type User struct {
	ID        int               `json:"id"`
	Name      string            `json:"name"`
	Email     string            `json:"email,omitempty"`
	Password  string            `json:"-"`
	Admin     bool              `json:"is_admin"`
	Age       int               `json:"age,string"`
	Addresses []Address         `json:"addresses"`
	Meta      map[string]string `json:"meta,omitempty"`
	Score     *float64          `json:"score"`
}

func main() {
	s := 9.5
	u := User{
		ID: 7, Name: "Ada", Password: "secret", Admin: true, Age: 36,
		Addresses: []Address{{Street: "1 Main St", City: "London"}},
		Meta:      map[string]string{"role": "dev", "team": "core"},
		Score:     &s,
	}
	b, err := json.Marshal(u)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(b))

	pretty, _ := json.MarshalIndent(u.Addresses, "", "  ")
	fmt.Println(string(pretty))

	in := `{"id": 12, "name": "Grace", "age": "85", "is_admin": false,
	        "addresses": [{"street": "2 Elm", "city": "Arlington", "zip": "22201"}],
	        "score": null, "unknown": 1}`
	var g User
	if err := json.Unmarshal([]byte(in), &g); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%+v\n", g.Addresses[0])
	fmt.Println(g.ID, g.Name, g.Age, g.Admin, g.Score == nil, len(g.Meta))

	var bad User
	err = json.Unmarshal([]byte(`{"id": "twelve"}`), &bad)
	fmt.Println("error:", err)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println("field:", ute.Field, "value:", ute.Value, "type:", ute.Type)
	}
}
