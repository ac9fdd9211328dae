package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    []string
	Paid     bool
}

func (o Order) Total() float64 {
	t := 0.0
	for _, it := range o.Items {
		t += it.Price * float64(it.Qty)
	}
	return t
}

const tmpl = `Order #{{.ID}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{inc $i}}. {{$it.Name | printf "%-8s"}} x{{$it.Qty}} @ {{printf "%.2f" $it.Price}}
{{end}}Total: {{printf "%.2f" .Total}}
{{if .Paid}}Status: paid{{else}}Status: UNPAID{{end}}
{{with .Notes}}Notes: {{join . "; "}}{{else}}No notes.{{end}}
{{- if gt (len .Items) 2}}
Big order!{{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
		"join":  strings.Join,
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tmpl))

	orders := []Order{
		{ID: 1, Customer: "ada", Items: []Item{{"pen", 1.5, 4}, {"paper", 4.25, 2}}, Paid: true},
		{ID: 2, Customer: "linus", Items: []Item{{"mug", 8, 1}, {"tea", 3.1, 3}, {"cake", 12, 1}},
			Notes: []string{"gift wrap", "leave at door"}},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			panic(err)
		}
		os.Stdout.WriteString("---\n")
	}

	_, err := template.New("bad").Parse("{{.Name")
	os.Stdout.WriteString("parse error: " + err.Error() + "\n")

	err = template.Must(template.New("x").Parse("{{.Missing}}\n")).Execute(os.Stdout, orders[0])
	os.Stdout.WriteString("exec error: " + err.Error() + "\n")
}
