package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Money struct {
	Cents int
}

func (m Money) IsZero() bool { return m.Cents == 0 }

type Order struct {
	ID       int        `json:"id"`
	Note     string     `json:"note,omitempty"`
	Created  time.Time  `json:"created,omitzero"`
	Price    Money      `json:"price,omitzero"`
	Tags     []string   `json:"tags,omitzero"`
	Empty    []string   `json:"empty,omitempty"`
	Shipping *time.Time `json:"shipping,omitzero"`
	Dims     [2]int     `json:"dims,omitzero"`
}

func main() {
	b, _ := json.Marshal(Order{ID: 1})
	fmt.Println(string(b))
	o := Order{
		ID:      2,
		Created: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC),
		Price:   Money{150},
		Tags:    []string{},
		Empty:   []string{},
		Dims:    [2]int{0, 3},
	}
	b, _ = json.Marshal(o)
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(struct {
		A int `json:"a,omitzero"`
		B int `json:"b"`
	}{B: 2}, "", "  ")
	fmt.Println(string(b))

	var back Order
	err := json.Unmarshal([]byte(`{"id":3,"created":"2024-06-01T00:00:00Z","tags":["x"]}`), &back)
	fmt.Println(err, back.ID, back.Created.Year(), back.Tags, back.Price.IsZero())
	fmt.Printf("%+v\n", back.Price)
}
