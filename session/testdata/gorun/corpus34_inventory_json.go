package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Item struct {
	SKU      string   `json:"sku"`
	Name     string   `json:"name"`
	Quantity int      `json:"qty"`
	Price    float64  `json:"price"`
	Tags     []string `json:"tags,omitempty"`
	secret   string
}

type Inventory struct {
	Warehouse string  `json:"warehouse"`
	Items     []Item  `json:"items"`
	Notes     *string `json:"notes"`
}

func (inv Inventory) Value() float64 {
	total := 0.0
	for _, it := range inv.Items {
		total += float64(it.Quantity) * it.Price
	}
	return total
}

func main() {
	inv := Inventory{
		Warehouse: "north",
		Items: []Item{
			{SKU: "A-1", Name: "widget", Quantity: 10, Price: 2.5, Tags: []string{"small", "metal"}},
			{SKU: "B-7", Name: "gadget", Quantity: 3, Price: 19.99, secret: "hidden"},
			{SKU: "C-3", Name: "doohickey <large>", Quantity: 0, Price: 7},
		},
	}
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetIndent("", "  ")
	if err := enc.Encode(inv); err != nil {
		fmt.Println("encode:", err)
		return
	}
	fmt.Print(sb.String())
	fmt.Printf("inventory value: %.2f\n", inv.Value())

	compact, _ := json.Marshal(inv.Items[1])
	fmt.Println(string(compact))

	var back Inventory
	if err := json.Unmarshal([]byte(sb.String()), &back); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Printf("%d items, first %+v\n", len(back.Items), back.Items[0])
	fmt.Println("notes nil:", back.Notes == nil)

	var bad Inventory
	err := json.Unmarshal([]byte(`{"items": [{"qty": "three"}]}`), &bad)
	fmt.Println("error:", err)
}
