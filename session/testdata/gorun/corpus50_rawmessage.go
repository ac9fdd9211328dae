package main

import (
	"encoding/json"
	"fmt"
)

type Envelope struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

type Click struct {
	X, Y int
}

type KeyPress struct {
	Key   string `json:"key"`
	Shift bool   `json:"shift"`
}

func decode(data string) (any, error) {
	var env Envelope
	if err := json.Unmarshal([]byte(data), &env); err != nil {
		return nil, fmt.Errorf("envelope: %w", err)
	}
	switch env.Type {
	case "click":
		var c Click
		err := json.Unmarshal(env.Payload, &c)
		return c, err
	case "key":
		var k KeyPress
		err := json.Unmarshal(env.Payload, &k)
		return k, err
	}
	return nil, fmt.Errorf("unknown type %q (payload %s)", env.Type, env.Payload)
}

func main() {
	msgs := []string{
		`{"type":"click","payload":{"X":10,"Y":20}}`,
		`{"type":"key","payload":{"key":"a","shift":true}}`,
		`{"type":"scroll","payload":[1, 2,3]}`,
		`{"type":"click"`,
	}
	for _, m := range msgs {
		v, err := decode(m)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%T %+v\n", v, v)
	}
	out, _ := json.Marshal(Envelope{Type: "raw", Payload: json.RawMessage(`{"pre":"encoded"}`)})
	fmt.Println(string(out))
}
