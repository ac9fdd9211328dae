package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Address struct {
	City    string `json:"city"`
	Country string `json:"country,omitempty"`
}

type User struct {
	ID        int               `json:"id"`
	Name      string            `json:"name"`
	Email     string            `json:"email,omitempty"`
	Tags      []string          `json:"tags"`
	Address   *Address          `json:"address,omitempty"`
	CreatedAt time.Time         `json:"created_at"`
	Meta      map[string]string `json:"meta,omitempty"`
	password  string
}

type Response struct {
	Status string          `json:"status"`
	Data   json.RawMessage `json:"data"`
}

func main() {
	u := User{
		ID: 1, Name: "Ann", Tags: []string{"admin"},
		Address:   &Address{City: "Oslo"},
		CreatedAt: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC),
		password:  "secret",
	}
	b, err := json.Marshal(u)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(b))
	pretty, _ := json.MarshalIndent(map[string]any{"users": []User{u}, "count": 1}, "", "  ")
	fmt.Println(string(pretty))

	in := `{"id": 2, "name": "Bob", "tags": null, "meta": {"k": "v"}, "created_at": "2023-01-02T03:04:05Z", "extra": true}`
	var u2 User
	if err := json.Unmarshal([]byte(in), &u2); err != nil {
		panic(err)
	}
	fmt.Printf("%+v\n", u2.Meta)
	fmt.Println(u2.ID, u2.Name, u2.Tags == nil, u2.Address, u2.CreatedAt.Year())

	var resp Response
	json.Unmarshal([]byte(`{"status":"ok","data":{"x":[1,2,3]}}`), &resp)
	var payload struct {
		X []int `json:"x"`
	}
	json.Unmarshal(resp.Data, &payload)
	fmt.Println(resp.Status, string(resp.Data), payload.X)

	var anyv any
	json.Unmarshal([]byte(`{"a":1,"b":[true,"s",null],"c":{"d":2.5}}`), &anyv)
	m := anyv.(map[string]any)
	fmt.Printf("%T %v %T\n", m["a"], m["b"], m["c"])

	dec := json.NewDecoder(strings.NewReader(`{"name":"x","id":1} {"name":"y","id":2}`))
	for dec.More() {
		var u User
		if err := dec.Decode(&u); err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Print(u.Name, u.ID, " ")
	}
	fmt.Println()
	err = json.Unmarshal([]byte(`{"id":"nope"}`), &u2)
	fmt.Println("error:", err)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(Address{City: "Lima", Country: "PE"})
}
