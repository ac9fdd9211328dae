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

type Key struct {
	Code  string `json:"code"`
	Shift bool   `json:"shift"`
}

type Event interface{}

func decode(data []byte) (Event, error) {
	var env Envelope
	if err := json.Unmarshal(data, &env); err != nil {
		return nil, fmt.Errorf("envelope: %w", err)
	}
	switch env.Type {
	case "click":
		var c Click
		err := json.Unmarshal(env.Payload, &c)
		return c, err
	case "key":
		var k Key
		err := json.Unmarshal(env.Payload, &k)
		return k, err
	}
	return nil, fmt.Errorf("unknown type %q (payload %s)", env.Type, env.Payload)
}

func main() {
	inputs := []string{
		`{"type":"click","payload":{"X":10,"Y":20}}`,
		`{"type":"key","payload":{"code":"KeyA","shift":true}}`,
		`{"type":"scroll","payload":[1,2]}`,
		`{"type":"click","payload":`,
	}
	for _, in := range inputs {
		ev, err := decode([]byte(in))
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		switch e := ev.(type) {
		case Click:
			fmt.Printf("click at %d,%d %+v\n", e.X, e.Y, e)
		case Key:
			fmt.Printf("key %s shift=%t %v\n", e.Code, e.Shift, e)
		}
	}
	env := Envelope{Type: "key", Payload: json.RawMessage(`{"code":"Enter"}`)}
	b, _ := json.Marshal(env)
	fmt.Println(string(b))
	var nums map[string]json.Number
	json.Unmarshal([]byte(`{"big": 12345678901234567890, "f": 1.50}`), &nums)
	fmt.Println(nums["big"], nums["f"].String())
	i, err := nums["big"].Int64()
	fmt.Println(i, err)
	var arr [2]int
	fmt.Println(json.Unmarshal([]byte(`[1,2,3]`), &arr), arr)
	var ptr *Click
	fmt.Println(json.Unmarshal([]byte(`{"X":5}`), &ptr), *ptr)
	fmt.Println(json.Valid([]byte(`{"a":}`)), json.Valid([]byte(`[]`)))
}
