package main

import (
	"encoding/json"
	"fmt"
)

type Timestamps struct {
	Created string `json:"created"`
	Updated string `json:"updated,omitempty"`
}

type Meta struct {
	Version int `json:"version"`
}

type Author struct {
	Name string `json:"name"`
}

type Post struct {
	Timestamps
	*Meta
	Author `json:"author"`
	Title  string `json:"title"`
	Body   string `json:"body"`
}

type Shadow struct {
	Timestamps
	Created string `json:"created"`
}

func main() {
	p := Post{
		Timestamps: Timestamps{Created: "2024-01-02"},
		Meta:       &Meta{Version: 3},
		Author:     Author{Name: "Rob"},
		Title:      "Embedding",
		Body:       "Fields are promoted.",
	}
	out, _ := json.MarshalIndent(p, "", "  ")
	fmt.Println(string(out))

	var q Post
	err := json.Unmarshal([]byte(`{"created":"2023-05-06","updated":"2023-06-07","version":7,"author":{"name":"Ken"},"title":"T"}`), &q)
	fmt.Println("err:", err)
	fmt.Println(q.Created, q.Updated, q.Version, q.Name, q.Title)
	fmt.Println(q.Timestamps.Created == q.Created)

	s := Shadow{Timestamps: Timestamps{Created: "inner"}, Created: "outer"}
	out, _ = json.Marshal(s)
	fmt.Println(string(out))

	var none Post
	out, _ = json.Marshal(none)
	fmt.Println(string(out))
}
