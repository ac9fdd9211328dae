package main

import (
	"os"
	"text/template"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

type Invoice struct {
	Number   int
	Customer *Customer
	Items    []Item
	Notes    []string
	Paid     bool
}

type Customer struct {
	Name  string
	Email string
}

const tmpl = `Invoice #{{.Number}}
{{with .Customer}}Bill to: {{.Name}}{{if .Email}} <{{.Email}}>{{end}}{{else}}Bill to: (walk-in){{end}}
{{range $i, $it := .Items}}{{$i}}. {{$it.Name}} x{{$it.Qty}} @ {{printf "%.2f" $it.Price}}
{{else}}(no items)
{{end}}{{if .Paid}}Status: PAID{{else if .Items}}Status: DUE{{else}}Status: EMPTY{{end}}
{{- range .Notes}}
note: {{.}}{{end}}
{{len .Items}} line(s)
`

func main() {
	t := template.Must(template.New("invoice").Parse(tmpl))
	invoices := []Invoice{
		{
			Number:   1001,
			Customer: &Customer{Name: "Acme", Email: "ap@acme.test"},
			Items:    []Item{{"bolt", 100, 0.05}, {"nut", 100, 0.03}},
			Paid:     true,
		},
		{
			Number:   1002,
			Customer: &Customer{Name: "Globex"},
			Items:    []Item{{"gear", 2, 12.5}},
			Notes:    []string{"fragile", "deliver before noon"},
		},
		{Number: 1003},
	}
	for _, inv := range invoices {
		if err := t.Execute(os.Stdout, inv); err != nil {
			panic(err)
		}
		os.Stdout.WriteString("---\n")
	}
}
