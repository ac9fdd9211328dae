package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Base struct {
	ID        int    `json:"id"`
	CreatedBy string `json:"created_by,omitempty"`
}

type Timestamps struct {
	Created string `json:"created"`
	Updated string `json:"updated,omitempty"`
}

type Article struct {
	Base
	*Timestamps
	Title  string   `json:"title"`
	Draft  bool     `json:"draft,omitempty"`
	Rating *int     `json:"rating,omitempty"`
	Words  []string `json:"words,omitempty"`
}

func main() {
	r := 4
	items := []Article{
		{Base: Base{ID: 1, CreatedBy: "ann"}, Timestamps: &Timestamps{Created: "2024-01-02"}, Title: "Go errors", Rating: &r},
		{Base: Base{ID: 2}, Title: "Draft post", Draft: true, Words: []string{}},
	}
	enc := json.NewEncoder(os.Stdout)
	for _, a := range items {
		if err := enc.Encode(a); err != nil {
			fmt.Println(err)
		}
	}
	var a Article
	err := json.Unmarshal([]byte(`{"id":9,"created":"2025-05-05","title":"T","rating":2}`), &a)
	fmt.Println(err, a.ID, a.Timestamps != nil, a.Created, a.Title, *a.Rating)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{"z": 1, "a": []int{1, 2}, "m": nil})
}
