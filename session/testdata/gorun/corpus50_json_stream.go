package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	ID   int    `json:"id"`
	Kind string `json:"kind"`
}

func main() {
	input := `[
  {"id": 1, "kind": "start"},
  {"id": 2, "kind": "tick"},
  {"id": 3, "kind": "stop"}
]`
	dec := json.NewDecoder(strings.NewReader(input))
	tok, err := dec.Token()
	fmt.Printf("open: %v %T %v\n", tok, tok, err)
	for dec.More() {
		var e Event
		if err := dec.Decode(&e); err != nil {
			fmt.Println("decode:", err)
			return
		}
		fmt.Printf("event %d: %s\n", e.ID, e.Kind)
	}
	tok, err = dec.Token()
	fmt.Printf("close: %v %v\n", tok, err)

	lines := "{\"id\":10,\"kind\":\"a\"}\n{\"id\":11,\"kind\":\"b\"}\n{\"id\":\"x\"}\n"
	d2 := json.NewDecoder(strings.NewReader(lines))
	for {
		var e Event
		err := d2.Decode(&e)
		if err == io.EOF {
			fmt.Println("done")
			break
		}
		if err != nil {
			fmt.Println("line error:", err)
			break
		}
		fmt.Println("ndjson:", e)
	}
	d3 := json.NewDecoder(strings.NewReader(`{"id":1,"extra":2}`))
	d3.DisallowUnknownFields()
	var e Event
	fmt.Println(d3.Decode(&e))
}
