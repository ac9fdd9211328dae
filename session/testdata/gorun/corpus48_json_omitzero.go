package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Event struct {
	Name     string    `json:"name"`
	When     time.Time `json:"when,omitzero"`
	Attempts int       `json:"attempts,omitempty"`
	Tags     []string  `json:"tags,omitzero"`
	Point    Point     `json:"point,omitzero"`
	Empty    Point     `json:"empty,omitempty"`
}

type Point struct{ X, Y int }

type Money struct{ Cents int64 }

func (m Money) IsZero() bool { return m.Cents == 0 }

type Order struct {
	ID    int   `json:"id"`
	Price Money `json:"price,omitzero"`
}

func main() {
	b, _ := json.Marshal(Event{Name: "launch"})
	fmt.Println(string(b))
	e := Event{
		Name:  "deploy",
		When:  time.Date(2025, 2, 11, 9, 0, 0, 0, time.UTC),
		Tags:  []string{},
		Point: Point{1, 2},
	}
	b, _ = json.Marshal(e)
	fmt.Println(string(b))
	b, _ = json.Marshal([]Order{{ID: 1}, {ID: 2, Price: Money{250}}})
	fmt.Println(string(b))
}
