package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	Seq  int    `json:"seq"`
	Type string `json:"type"`
	User string `json:"user,omitempty"`
}

func main() {
	const log = `{"seq":1,"type":"login","user":"ann"}
{"seq":2,"type":"view"}
{"seq":3,"type":"logout","user":"ann"}
{"seq":4,"type":"login","user":"bob"}
`
	dec := json.NewDecoder(strings.NewReader(log))
	counts := map[string]int{}
	for {
		var e Event
		err := dec.Decode(&e)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		counts[e.Type]++
		fmt.Printf("event %d: %-6s %q\n", e.Seq, e.Type, e.User)
	}
	fmt.Println("logins:", counts["login"], "views:", counts["view"])

	// Stream the elements of one big array with Token and More.
	arr := `[{"seq":10,"type":"a"},{"seq":11,"type":"b"},{"seq":12,"type":"c"}]`
	dec = json.NewDecoder(strings.NewReader(arr))
	tok, err := dec.Token()
	fmt.Printf("opening token: %v (%T) %v\n", tok, tok, err)
	n := 0
	for dec.More() {
		var e Event
		if err := dec.Decode(&e); err != nil {
			fmt.Println("error:", err)
			return
		}
		n += e.Seq
	}
	tok, _ = dec.Token()
	fmt.Println("closing token:", tok, "sum of seq:", n)

	// Tokens of a small object.
	dec = json.NewDecoder(strings.NewReader(`{"a": [1, "x", true, null]}`))
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	fmt.Println()

	bad := json.NewDecoder(strings.NewReader(`{"seq":1} {"seq":`))
	for i := 0; i < 3; i++ {
		var e Event
		err := bad.Decode(&e)
		fmt.Println(i, e.Seq, err)
		if err != nil {
			break
		}
	}
}
