package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"sort"
)

type Product struct {
	SKU   string
	Name  string
	Price int // cents
	Tags  []string
}

func (p Product) Record() []string {
	tags := ""
	for i, t := range p.Tags {
		if i > 0 {
			tags += ";"
		}
		tags += t
	}
	return []string{p.SKU, p.Name, fmt.Sprintf("%d.%02d", p.Price/100, p.Price%100), tags}
}

func main() {
	products := []Product{
		{"B-200", "Widget, large", 1999, []string{"tools", "metal"}},
		{"A-100", "Gadget \"Pro\"", 4500, nil},
		{"C-050", "Doohickey", 75, []string{"misc"}},
	}
	sort.Slice(products, func(i, j int) bool { return products[i].SKU < products[j].SKU })

	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write([]string{"sku", "name", "price", "tags"})
	for _, p := range products {
		if err := w.Write(p.Record()); err != nil {
			fmt.Println("write:", err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println("flush:", err)
	}
	fmt.Print(buf.String())

	// Tab-separated variant straight to stdout.
	tw := csv.NewWriter(os.Stdout)
	tw.Comma = '\t'
	tw.UseCRLF = false
	tw.WriteAll([][]string{{"x", "y"}, {"1", "two words"}, {"3", "tab\there"}})
	fmt.Println("bytes:", buf.Len())
}
