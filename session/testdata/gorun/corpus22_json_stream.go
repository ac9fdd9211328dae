package main

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type Message struct {
	Name, Text string
}

type Envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type Point struct{ X, Y int }
type Label struct {
	Text string `json:"text"`
	Size int    `json:"size,omitempty"`
}

func main() {
	const jsonStream = `
	{"Name": "Ed", "Text": "Knock knock."}
	{"Name": "Sam", "Text": "Who's there?"}
	{"Name": "Ed", "Text": "Go fmt."}
	{"Name": "Sam", "Text": "Go fmt who?"}
	{"Name": "Ed", "Text": "Go fmt yourself!"}
`
	dec := json.NewDecoder(strings.NewReader(jsonStream))
	for {
		var m Message
		if err := dec.Decode(&m); err == io.EOF {
			break
		} else if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: %s\n", m.Name, m.Text)
	}

	dec2 := json.NewDecoder(strings.NewReader(`[{"n": 1}, {"n": 2}, {"n": 3}]`))
	tok, _ := dec2.Token()
	fmt.Printf("%T: %v\n", tok, tok)
	sum := 0
	for dec2.More() {
		var v struct{ N int }
		dec2.Decode(&v)
		sum += v.N
	}
	tok, _ = dec2.Token()
	fmt.Println(tok, "sum", sum)

	dec3 := json.NewDecoder(strings.NewReader(`{"id": 12345678901234567890, "ratio": 0.1}`))
	dec3.UseNumber()
	var nums map[string]interface{}
	dec3.Decode(&nums)
	id := nums["id"].(json.Number)
	fmt.Println(id.String(), fmt.Sprintf("%T", nums["ratio"]))
	_, err := id.Int64()
	fmt.Println("int64 err:", err != nil)
	r, _ := nums["ratio"].(json.Number).Float64()
	fmt.Println(r)

	input := `[{"type":"point","data":{"X":1,"Y":2}},{"type":"label","data":{"text":"hi"}},{"type":"other","data":[1,2]}]`
	var envs []Envelope
	if err := json.Unmarshal([]byte(input), &envs); err != nil {
		log.Fatal(err)
	}
	for _, e := range envs {
		switch e.Type {
		case "point":
			var p Point
			json.Unmarshal(e.Data, &p)
			fmt.Printf("point %+v\n", p)
		case "label":
			var l Label
			json.Unmarshal(e.Data, &l)
			fmt.Printf("label %+v\n", l)
		default:
			fmt.Println("raw:", string(e.Data))
		}
	}

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(Envelope{Type: "x", Data: json.RawMessage(`{"k":true}`)})
	enc2 := json.NewEncoder(os.Stdout)
	enc2.SetEscapeHTML(false)
	enc2.Encode(Label{Text: "<b>&</b>"})
	json.NewEncoder(os.Stdout).Encode(Label{Text: "<b>&</b>", Size: 3})
}
