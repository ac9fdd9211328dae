package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Address struct {
	City string `json:"city,omitempty"`
	Zip  string `json:"zip,omitzero"`
}

type Profile struct {
	Name     string    `json:"name"`
	Age      int       `json:"age,omitzero"`
	Tags     []string  `json:"tags,omitempty"`
	Home     Address   `json:"home,omitzero"`
	Joined   time.Time `json:"joined,omitzero"`
	Score    float64   `json:"score,omitempty"`
	Nickname *string   `json:"nick,omitempty"`
	Secret   string    `json:"-"`
}

func main() {
	p := Profile{Name: "ann", Secret: "x"}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))

	nick := "annie"
	p.Age = 30
	p.Home = Address{City: "Oslo"}
	p.Joined = time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC)
	p.Nickname = &nick
	p.Tags = []string{"admin"}
	b, _ = json.MarshalIndent(p, "", "  ")
	fmt.Println(string(b))

	var back Profile
	err := json.Unmarshal(b, &back)
	fmt.Println(err, back.Name, back.Age, back.Home.City, *back.Nickname, back.Joined.Format(time.DateOnly))

	var generic map[string]any
	json.Unmarshal([]byte(`{"a":1,"b":[true,null],"c":{"d":"e"}}`), &generic)
	fmt.Println(generic["a"], generic["b"], generic["c"])
	err = json.Unmarshal([]byte(`{"name": 5}`), &back)
	fmt.Println(err)
}
