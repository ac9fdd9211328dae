package main

import (
	"encoding/json"
	"fmt"
)

type Envelope struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

type Circle struct {
	Radius float64 `json:"radius"`
}

type Rect struct {
	W, H float64
}

func area(e Envelope) (float64, error) {
	switch e.Type {
	case "circle":
		var c Circle
		if err := json.Unmarshal(e.Payload, &c); err != nil {
			return 0, err
		}
		return 3 * c.Radius * c.Radius, nil
	case "rect":
		var r Rect
		if err := json.Unmarshal(e.Payload, &r); err != nil {
			return 0, err
		}
		return r.W * r.H, nil
	}
	return 0, fmt.Errorf("unknown shape %q", e.Type)
}

func main() {
	input := `[
		{"type":"circle","payload":{"radius":2}},
		{"type":"rect","payload":{"W":3,"H":4.5}},
		{"type":"hexagon","payload":{}},
		{"type":"rect","payload":{"W":"wide"}}
	]`
	var envs []Envelope
	if err := json.Unmarshal([]byte(input), &envs); err != nil {
		fmt.Println(err)
		return
	}
	for i, e := range envs {
		a, err := area(e)
		if err != nil {
			fmt.Println(i, "error:", err)
			continue
		}
		fmt.Printf("%d %s %.1f raw=%s\n", i, e.Type, a, e.Payload)
	}

	out := Envelope{Type: "circle"}
	out.Payload, _ = json.Marshal(Circle{Radius: 1.5})
	b, _ := json.Marshal(out)
	fmt.Println(string(b))

	var partial struct {
		ID   int                        `json:"id"`
		Rest map[string]json.RawMessage `json:"rest"`
	}
	json.Unmarshal([]byte(`{"id":5,"rest":{"a":[1,2],"b":"str","c":{"d":null}}}`), &partial)
	fmt.Println(partial.ID, len(partial.Rest))
	for _, k := range []string{"a", "b", "c"} {
		fmt.Printf("%s => %s\n", k, partial.Rest[k])
	}
	fmt.Println(json.Valid([]byte(`{"ok":true}`)), json.Valid([]byte(`{ok}`)))
}
