package main

import (
	"encoding/json"
	"fmt"
)

type Envelope struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

type Login struct {
	User string `json:"user"`
}

type Purchase struct {
	Item  string  `json:"item"`
	Price float64 `json:"price"`
	Qty   int     `json:"qty"`
}

type Event interface {
	Describe() string
}

func (l Login) Describe() string { return "login by " + l.User }
func (p Purchase) Describe() string {
	return fmt.Sprintf("%d x %s = %.2f", p.Qty, p.Item, p.Price*float64(p.Qty))
}

func decode(raw []byte) (Event, error) {
	var env Envelope
	if err := json.Unmarshal(raw, &env); err != nil {
		return nil, err
	}
	switch env.Type {
	case "login":
		var l Login
		err := json.Unmarshal(env.Payload, &l)
		return l, err
	case "purchase":
		var p Purchase
		err := json.Unmarshal(env.Payload, &p)
		return p, err
	}
	return nil, fmt.Errorf("unknown event type %q (payload %s)", env.Type, env.Payload)
}

func main() {
	stream := []string{
		`{"type":"login","payload":{"user":"ann"}}`,
		`{"type":"purchase","payload":{"item":"book","price":12.5,"qty":3}}`,
		`{"type":"logout","payload":{"user":"ann"}}`,
		`{"type":"purchase","payload":{"item":"pen","price":"cheap"}}`,
	}
	for _, s := range stream {
		ev, err := decode([]byte(s))
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%T: %s\n", ev, ev.Describe())
	}

	env := Envelope{Type: "raw", Payload: json.RawMessage(`{"keep":[1,2,3]}`)}
	out, _ := json.Marshal(env)
	fmt.Println(string(out))
}
