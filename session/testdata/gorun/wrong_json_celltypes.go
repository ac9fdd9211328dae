package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Item struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

type Order struct {
	ID    int    `json:"id"`
	Items []Item `json:"items"`
}

func main() {
	var o Order
	err := json.Unmarshal([]byte(`{"id": 1, "items": [{"name": "a", "count": "two"}]}`), &o)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		fmt.Println(ute.Field, ute.Value, ute.Offset)
	}
	var it Item
	err = json.Unmarshal([]byte(`[1, 2]`), &it)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"name": 5}`), &it)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{}`), it)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"id": "x"}`))
	fmt.Println(dec.Decode(&o))
	var items []Item
	fmt.Println(json.Unmarshal([]byte(`{"name": "a"}`), &items))
	fmt.Println(o.ID, it, len(items))
}
