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

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("inv").Funcs(funcs).Parse(
		`Invoice for {{.Customer | upper}}
{{range $i, $it := .Items}}{{$i}}: {{$it.Name}} x{{$it.Qty}} @ {{printf "%.2f" $it.Price}}
{{end}}{{if .Paid}}PAID{{else}}DUE{{end}}
`))
	data := struct {
		Customer string
		Items    []Item
		Paid     bool
	}{"acme", []Item{{"bolt", 0.25, 100}, {"nut", 0.1, 250}}, false}
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
	t2 := template.Must(template.New("x").Parse("{{with .}}{{len .}} items{{end}}\n"))
	t2.Execute(os.Stdout, []int{1, 2, 3})
}
