package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

type Config struct {
	Name    string         `json:"name"`
	Ports   []int          `json:"ports"`
	Options map[string]int `json:"options"`
}

func main() {
	c := Config{Name: "svc", Ports: []int{80, 443}, Options: map[string]int{"b": 2, "a": 1}}
	pretty, err := json.MarshalIndent(c, "", "  ")
	fmt.Println(string(pretty), err)
	pretty2, _ := json.MarshalIndent(c.Ports, "> ", "\t")
	fmt.Println(string(pretty2))

	var out bytes.Buffer
	err = json.Compact(&out, pretty)
	fmt.Println(out.String(), err)

	out.Reset()
	err = json.Indent(&out, []byte(`{"a":[1,2,{"b":null}],"c":{}}`), "", "    ")
	fmt.Println(out.String(), err)

	out.Reset()
	err = json.Compact(&out, []byte(`{"a": 1,}`))
	fmt.Println("compact bad:", err)
	fmt.Println(json.Valid([]byte(`{"x":1}`)), json.Valid([]byte(`{x:1}`)))

	var hb bytes.Buffer
	json.HTMLEscape(&hb, []byte(`{"h":"<b>&</b>"}`))
	fmt.Println(hb.String())
	s, _ := json.Marshal("<tag> & more")
	fmt.Println(string(s))
}
