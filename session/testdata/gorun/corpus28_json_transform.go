package main

import (
	"encoding/json"
	"fmt"
	"log"
	"strings"
)

type Address struct {
	City    string `json:"city"`
	Country string `json:"country,omitempty"`
}

type User struct {
	ID       int            `json:"id"`
	Name     string         `json:"name"`
	Email    string         `json:"email,omitempty"`
	Active   bool           `json:"active"`
	Tags     []string       `json:"tags"`
	Address  *Address       `json:"address,omitempty"`
	Meta     map[string]any `json:"meta,omitempty"`
	Password string         `json:"-"`
	Scores   map[string]int `json:"scores,omitempty"`
}

const input = `[
 {"id": 1, "name": "ana", "email": "ana@example.com", "active": true, "tags": ["admin","dev"], "address": {"city": "Lisbon", "country": "PT"}, "password": "x"},
 {"id": 2, "name": "ben", "active": false, "tags": ["dev"]},
 {"id": 3, "name": "cho", "active": true, "tags": [], "meta": {"level": 3, "beta": true}, "scores": {"go": 9, "rust": 7}},
 {"id": 4, "name": "dee", "active": true, "tags": ["ops","dev"], "address": {"city": "Oslo"}}
]`

type Summary struct {
	Count int      `json:"count"`
	Names []string `json:"names"`
	Users []User   `json:"users"`
}

func main() {
	var users []User
	dec := json.NewDecoder(strings.NewReader(input))
	if err := dec.Decode(&users); err != nil {
		log.Fatal(err)
	}
	var active []User
	for _, u := range users {
		if !u.Active {
			continue
		}
		u.Name = strings.ToUpper(u.Name[:1]) + u.Name[1:]
		u.Tags = append(u.Tags, "active")
		active = append(active, u)
	}
	s := Summary{Count: len(active)}
	for _, u := range active {
		s.Names = append(s.Names, u.Name)
	}
	s.Users = active
	out, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))
	compact, _ := json.Marshal(users[1])
	fmt.Println(string(compact))
	var bad []User
	err = json.Unmarshal([]byte(`[{"id": "seven"}]`), &bad)
	fmt.Println("error:", err)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println("field:", ute.Field, "value:", ute.Value)
	}
	var generic []map[string]any
	_ = json.Unmarshal([]byte(input), &generic)
	fmt.Printf("%T %v\n", generic[2]["meta"], generic[2]["meta"])
	fmt.Printf("%T\n", generic[0]["id"])
}
