package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Item struct {
	SKU   string
	Qty   int
	Price float64
}

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    map[string]string
	Paid     bool
}

type OrderV2 struct {
	ID       int
	Customer string
	Extra    string
}

func main() {
	o := Order{ID: 7, Customer: "ann", Items: []Item{{"A1", 2, 1.5}, {"B2", 1, 10}}, Notes: map[string]string{"gift": "yes"}}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(o); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("encoded bytes > 0:", buf.Len() > 0)
	raw := append([]byte(nil), buf.Bytes()...)
	var back Order
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%+v\n", back)
	var v2 OrderV2
	err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&v2)
	fmt.Printf("%+v %v\n", v2, err)
	var n int
	err = gob.NewDecoder(bytes.NewReader(raw)).Decode(&n)
	fmt.Println("mismatch:", err != nil)
}
