package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Point struct {
	X, Y int
}

func (p Point) IsZero() bool { return p.X == 0 && p.Y == 0 }

type Event struct {
	Name     string    `json:"name"`
	When     time.Time `json:"when,omitzero"`
	Where    Point     `json:"where,omitzero"`
	Tags     []string  `json:"tags,omitempty"`
	Count    int       `json:"count,omitzero"`
	Optional *string   `json:"optional,omitempty"`
}

func main() {
	e := Event{Name: "launch"}
	b, _ := json.Marshal(e)
	fmt.Println(string(b))

	e.When = time.Date(2024, 8, 13, 0, 0, 0, 0, time.UTC)
	e.Where = Point{1, 2}
	e.Count = 3
	e.Tags = []string{"go", "1.24"}
	b, _ = json.MarshalIndent(e, "", "  ")
	fmt.Println(string(b))

	var back Event
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%+v\n", back.Where)
	fmt.Println(back.When.Year(), back.Tags)
}
