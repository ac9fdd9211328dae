package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) IsZero() bool { return m.Cents == 0 }

type Invoice struct {
	ID       string    `json:"id"`
	Issued   time.Time `json:"issued,omitzero"`
	Paid     time.Time `json:"paid,omitzero"`
	Discount Money     `json:"discount,omitzero"`
	Total    Money     `json:"total"`
	Notes    []string  `json:"notes,omitempty"`
	Lines    []string  `json:"lines,omitzero"`
	Retries  int       `json:"retries,omitempty"`
}

func main() {
	issued := time.Date(2025, time.March, 14, 9, 30, 0, 0, time.UTC)
	invs := []Invoice{
		{ID: "INV-1", Issued: issued, Total: Money{1999, "EUR"}},
		{ID: "INV-2", Issued: issued, Paid: issued.AddDate(0, 0, 10),
			Discount: Money{Cents: 0, Currency: "EUR"}, Total: Money{500, "USD"},
			Notes: []string{}, Lines: []string{}},
		{ID: "INV-3", Discount: Money{250, "GBP"}, Lines: []string{"widget"}, Retries: 2},
	}
	for _, inv := range invs {
		b, err := json.Marshal(inv)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(string(b))
	}

	var back Invoice
	err := json.Unmarshal([]byte(`{"id":"X","issued":"2024-02-29T12:00:00Z","total":{"Cents":7,"Currency":"JPY"}}`), &back)
	fmt.Println(err, back.ID, back.Issued.Format(time.DateOnly), back.Paid.IsZero(), back.Total)

	out, _ := json.MarshalIndent(struct {
		A int     `json:"a,omitzero"`
		B *int    `json:"b,omitzero"`
		C [2]int  `json:"c,omitzero"`
		D float64 `json:"d"`
	}{C: [2]int{0, 1}}, "", "  ")
	fmt.Println(string(out))
}
