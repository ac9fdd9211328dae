package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

type Invoice struct {
	Number   int
	Customer string
	Items    []Item
	Notes    []string
}

func (inv Invoice) Sum() float64 {
	s := 0.0
	for _, it := range inv.Items {
		s += it.Total()
	}
	return s
}

const tmpl = `Invoice #{{.Number}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{inc $i}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%7.2f" $it.Total}}
{{end}}{{with .Notes}}Notes: {{join . "; "}}
{{else}}No notes.
{{end}}{{if gt .Sum 100.0}}Big order!{{else}}Small order.{{end}} Total {{printf "%.2f" .Sum}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
		"join":  strings.Join,
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(tmpl))

	inv := Invoice{
		Number:   1042,
		Customer: "acme corp",
		Items: []Item{
			{"bolts", 0.25, 200},
			{"nuts", 0.1, 150},
			{"washer", 0.05, 100},
		},
		Notes: []string{"ship fast", "fragile"},
	}
	if err := t.Execute(os.Stdout, inv); err != nil {
		fmt.Println("exec:", err)
	}
	inv2 := Invoice{Number: 7, Customer: "bob", Items: []Item{{"pen", 1.5, 2}}}
	if err := t.Execute(os.Stdout, inv2); err != nil {
		fmt.Println("exec:", err)
	}

	_, err := template.New("bad").Parse("{{.Name")
	fmt.Println("parse error:", err != nil)

	t2 := template.Must(template.New("x").Option("missingkey=error").Parse("{{.a}} {{.b}}\n"))
	err = t2.Execute(os.Stdout, map[string]int{"a": 1})
	fmt.Println()
	fmt.Println("exec error:", err)
}
