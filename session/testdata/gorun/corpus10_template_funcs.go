package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Order struct {
	ID       int
	Customer string
	Items    []Line
	Notes    string
	Paid     bool
	Shipping *Address
}

type Line struct {
	Product string
	Qty     int
	Price   float64
}

type Address struct {
	City, Country string
}

const invoice = `{{define "line"}}{{.Qty}} x {{.Product | printf "%-8s"}} @ {{money .Price}}{{end -}}
Invoice #{{.ID}} for {{.Customer | upper}}
{{range $i, $l := .Items}}{{inc $i}}. {{template "line" $l}}
{{else}}(no items)
{{end -}}
Total: {{total .Items | money}}
{{if .Paid}}PAID{{else}}DUE{{end}}{{with .Notes}} - note: {{.}}{{end}}
{{with .Shipping}}Ship to {{.City}}, {{.Country}}{{else}}Pickup{{end}}
{{- /* a comment */ -}}
{{$n := len .Items}}
Lines: {{$n}} {{if gt $n 1}}(several){{else if eq $n 1}}(one){{end}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
		"total": func(ls []Line) float64 {
			var t float64
			for _, l := range ls {
				t += float64(l.Qty) * l.Price
			}
			return t
		},
	}
	t := template.Must(template.New("invoice").Funcs(funcs).Parse(invoice))
	orders := []Order{
		{ID: 1, Customer: "ada", Items: []Line{{"pen", 3, 1.5}, {"notebook", 1, 4}}, Paid: true, Notes: "gift wrap",
			Shipping: &Address{"London", "UK"}},
		{ID: 2, Customer: "bob", Items: []Line{{"ink", 2, 7.25}}},
		{ID: 3, Customer: "cy"},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("---")
	}

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	t2 := template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}}{{"\n"}}`))
	t2.Execute(os.Stdout, m)

	_, err := template.New("bad").Parse("{{.Missing")
	fmt.Println(err)
	t3 := template.Must(template.New("x").Option("missingkey=error").Parse("{{.a}} {{.b}}\n"))
	err = t3.Execute(os.Stdout, map[string]string{"a": "present"})
	fmt.Println()
	fmt.Println(err)
	_, err = template.New("j").Parse(`{{join . ", "}}`)
	fmt.Println(err)
	t5 := template.Must(template.New("j").Funcs(template.FuncMap{"join": strings.Join}).Parse(`{{join . ", "}} {{len .}} {{index . 1}} {{slice . 1 2}}` + "\n"))
	t5.Execute(os.Stdout, []string{"x", "y", "z"})
}
