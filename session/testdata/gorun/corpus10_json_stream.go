package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Person struct {
	Name string `json:"name"`
	Age  int    `json:"age"`
}

func main() {
	const stream = `[
		{"name": "Ana", "age": 31},
		{"name": "Ben", "age": 25},
		{"name": "Cleo", "age": 40}
	]`
	dec := json.NewDecoder(strings.NewReader(stream))
	t, err := dec.Token()
	fmt.Printf("%T %v %v\n", t, t, err)
	total := 0
	for dec.More() {
		var p Person
		if err := dec.Decode(&p); err != nil {
			fmt.Println(err)
			return
		}
		total += p.Age
		fmt.Printf("%+v\n", p)
	}
	t, _ = dec.Token()
	fmt.Printf("%T %v total=%d\n", t, t, total)

	tokens := json.NewDecoder(strings.NewReader(`{"a": [1, "two", true, null], "b": {"c": 3.5}}`))
	depth := 0
	for {
		tok, err := tokens.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		if d, ok := tok.(json.Delim); ok {
			if d == '}' || d == ']' {
				depth--
			}
			fmt.Printf("%sdelim %v\n", strings.Repeat(" ", depth), d)
			if d == '{' || d == '[' {
				depth++
			}
			continue
		}
		fmt.Printf("%s%T %v\n", strings.Repeat(" ", depth), tok, tok)
	}

	lines := json.NewDecoder(strings.NewReader("{\"name\":\"X\",\"age\":1}\n{\"name\":\"Y\",\"age\":2,\"extra\":true}\n"))
	lines.DisallowUnknownFields()
	for {
		var p Person
		err := lines.Decode(&p)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("strict:", err)
			break
		}
		fmt.Println(p.Name, p.Age)
	}

	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]string{"html": "<b>&</b>"})
	json.NewEncoder(&sb).Encode(map[string]string{"html": "<b>&</b>"})
	fmt.Print(sb.String())
}
