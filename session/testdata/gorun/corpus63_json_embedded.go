package main

import (
	"encoding/json"
	"fmt"
)

type Timestamps struct {
	Created string `json:"created"`
	Updated string `json:"updated,omitempty"`
}

type Base struct {
	ID   int    `json:"id"`
	Kind string `json:"kind"`
}

type Article struct {
	Base
	*Timestamps
	Title string   `json:"title"`
	Tags  []string `json:"tags"`
}

type Named struct {
	Base `json:"base"`
	Name string
}

func main() {
	a := Article{
		Base:       Base{ID: 1, Kind: "article"},
		Timestamps: &Timestamps{Created: "2024-01-02"},
		Title:      "Embedding in Go",
		Tags:       []string{"go", "json"},
	}
	out, _ := json.Marshal(a)
	fmt.Println(string(out))
	fmt.Println(a.ID, a.Kind, a.Created)

	var back Article
	err := json.Unmarshal([]byte(`{"id":2,"kind":"note","created":"2024-03-04","updated":"2024-03-05","title":"T","tags":null}`), &back)
	fmt.Println(err, back.ID, back.Kind, back.Title, back.Tags == nil)
	if back.Timestamps != nil {
		fmt.Println(back.Created, back.Updated)
	}

	n := Named{Base: Base{3, "named"}, Name: "x"}
	out2, _ := json.Marshal(n)
	fmt.Println(string(out2))

	var noTS Article
	out3, _ := json.Marshal(noTS)
	fmt.Println(string(out3))
}
