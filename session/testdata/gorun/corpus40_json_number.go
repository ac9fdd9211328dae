package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

func main() {
	const doc = `{"id": 12345678901234567890, "price": 19.99, "qty": 3, "name": "big"}`

	var plain map[string]any
	json.Unmarshal([]byte(doc), &plain)
	fmt.Printf("float64 id: %v %T\n", plain["id"], plain["id"])

	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		fmt.Println("error:", err)
		return
	}
	for _, k := range []string{"id", "price", "qty", "name"} {
		switch v := m[k].(type) {
		case json.Number:
			i, ierr := v.Int64()
			f, ferr := v.Float64()
			fmt.Printf("%s: Number %s int=%d (%v) float=%g (%v)\n", k, v.String(), i, ierr, f, ferr)
		default:
			fmt.Printf("%s: %T %v\n", k, v, v)
		}
	}

	type Order struct {
		Qty   json.Number `json:"qty"`
		Price json.Number `json:"price"`
	}
	var o Order
	err := json.Unmarshal([]byte(doc), &o)
	fmt.Println(err, o.Qty, o.Price)
	q, _ := o.Qty.Int64()
	p, _ := o.Price.Float64()
	fmt.Printf("total %.2f\n", float64(q)*p)
	out, _ := json.Marshal(o)
	fmt.Println(string(out))

	err = json.Unmarshal([]byte(`{"qty":"abc"}`), &o)
	fmt.Println(err)
}
