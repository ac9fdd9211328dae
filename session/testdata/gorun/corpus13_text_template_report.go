package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Qty   int
	Price float64
}

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    []string
	Coupon   *string
}

const tmpl = `{{define "item"}}- {{printf "%-8s" .Name}} x{{.Qty}} @ {{printf "%.2f" .Price}}{{end -}}
Order #{{.ID}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{if $i}}
{{end}}{{template "item" $it}}{{end}}
Total: {{total .Items | printf "%.2f"}}
{{with .Coupon}}Coupon: {{.}}{{else}}No coupon{{end}}
{{if gt (len .Notes) 0}}Notes:{{range .Notes}}
  * {{.}}{{end}}{{else}}No notes{{end}}
{{- /* trailing comment */ -}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"total": func(items []Item) float64 {
			sum := 0.0
			for _, it := range items {
				sum += float64(it.Qty) * it.Price
			}
			return sum
		},
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tmpl))

	code := "SPRING10"
	orders := []Order{
		{ID: 1, Customer: "ada", Items: []Item{{"widget", 3, 2.5}, {"gizmo", 1, 10}}, Notes: []string{"gift wrap", "leave at door"}, Coupon: &code},
		{ID: 2, Customer: "linus", Items: []Item{{"cable", 2, 4.99}}},
	}
	for _, o := range orders {
		if err := t.Execute(os.Stdout, o); err != nil {
			panic(err)
		}
		os.Stdout.WriteString("\n---\n")
	}

	small := template.Must(template.New("x").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}}{{"\n"}}`))
	small.Execute(os.Stdout, map[string]int{"b": 2, "a": 1, "c": 3})

	_, err := template.New("bad").Parse("{{.Name")
	os.Stdout.WriteString(err.Error() + "\n")
	err = template.Must(template.New("missing").Option("missingkey=error").Parse("{{.nope}}\n")).Execute(os.Stdout, map[string]int{})
	os.Stdout.WriteString(err.Error() + "\n")
}
