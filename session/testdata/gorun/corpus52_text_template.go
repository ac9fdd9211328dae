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

const invoice = `Invoice for {{.Customer | upper}}
{{range $i, $it := .Items -}}
{{inc $i}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%.2f" $it.Total}}
{{end -}}
{{if gt (len .Items) 2}}Bulk order{{else}}Small order{{end}}
{{with .Note}}Note: {{.}}{{else}}No note{{end}}
{{template "footer" .}}
{{define "footer"}}-- {{len .Items}} lines --{{end}}`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(invoice))
	data := map[string]any{
		"Customer": "acme",
		"Items": []Item{
			{"bolts", 0.25, 100},
			{"nuts", 0.1, 250},
			{"washers", 0.05, 40},
		},
		"Note": "",
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println()

	bad := template.Must(template.New("bad").Parse("{{.Missing.Field}}\n"))
	err := bad.Execute(os.Stdout, struct{ Name string }{"x"})
	fmt.Println("error:", err != nil)
	_, err = template.New("syntax").Parse("{{if}}")
	fmt.Println("parse error:", err != nil)
}
