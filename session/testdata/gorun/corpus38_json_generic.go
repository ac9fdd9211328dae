package main

import (
	"encoding/json"
	"fmt"
)

type Page[T any] struct {
	Items []T  `json:"items"`
	Total int  `json:"total"`
	Next  *int `json:"next,omitempty"`
}

type Envelope[T any] struct {
	OK    bool   `json:"ok"`
	Data  T      `json:"data"`
	Error string `json:"error,omitempty"`
}

type Product struct {
	SKU   string  `json:"sku"`
	Price float64 `json:"price"`
}

func Decode[T any](raw string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(raw), &v)
	return v, err
}

func Paginate[T any](all []T, size, page int) Page[T] {
	start := min(page*size, len(all))
	end := min(start+size, len(all))
	p := Page[T]{Items: all[start:end], Total: len(all)}
	if end < len(all) {
		n := page + 1
		p.Next = &n
	}
	return p
}

func main() {
	products := []Product{{"A1", 9.99}, {"B2", 15}, {"C3", 0.5}}
	out, _ := json.Marshal(Envelope[Page[Product]]{OK: true, Data: Paginate(products, 2, 0)})
	fmt.Println(string(out))
	last, _ := json.Marshal(Paginate(products, 2, 1))
	fmt.Println(string(last))

	env, err := Decode[Envelope[[]int]](`{"ok":true,"data":[1,2,3]}`)
	fmt.Printf("%+v %v\n", env, err)
	p, err := Decode[Page[Product]](`{"items":[{"sku":"Z","price":2.5}],"total":9,"next":3}`)
	fmt.Printf("%+v %d %v\n", p.Items[0], *p.Next, err)
	_, err = Decode[Envelope[int]](`{"ok":true,"data":"nope"}`)
	fmt.Println("error:", err)
	m, _ := Decode[map[string]Envelope[bool]](`{"x":{"ok":false,"data":true,"error":"e"}}`)
	fmt.Printf("%+v\n", m["x"])
}
