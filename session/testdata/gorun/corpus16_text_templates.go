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
	Notes    map[string]string
	Paid     bool
}

func main() {
	t1 := template.New("t1")
	t1, err := t1.Parse("Value is {{.}}\n")
	if err != nil {
		panic(err)
	}
	t1 = template.Must(t1.Parse("Value: {{.}}\n"))
	t1.Execute(os.Stdout, "some text")
	t1.Execute(os.Stdout, 5)
	t1.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})

	Create := func(name, t string) *template.Template {
		return template.Must(template.New(name).Parse(t))
	}
	t2 := Create("t2", "Name: {{.Name}}\n")
	t2.Execute(os.Stdout, struct{ Name string }{"Jane Doe"})
	t2.Execute(os.Stdout, map[string]string{"Name": "Mickey Mouse"})

	t3 := Create("t3", "{{if . -}} yes {{else -}} no {{end}}\n")
	t3.Execute(os.Stdout, "not empty")
	t3.Execute(os.Stdout, "")

	t4 := Create("t4", "Range: {{range .}}{{.}} {{end}}\n")
	t4.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})

	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"total": func(items []Item) float64 {
			s := 0.0
			for _, it := range items {
				s += it.Price * float64(it.Qty)
			}
			return s
		},
	}
	const receipt = `Order #{{.ID}} for {{.Customer | upper}}
{{range $i, $it := .Items}}{{$i}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}}
{{end}}{{with .Notes}}notes:{{range $k, $v := .}} {{$k}}={{$v}}{{end}}
{{end}}total: {{total .Items | printf "%.2f"}} paid={{.Paid}} {{len .Items}} items{{if and .Paid (gt (len .Items) 1)}} (multi){{end}}
`
	t5 := template.Must(template.New("r").Funcs(funcs).Parse(receipt))
	o := Order{42, "ada", []Item{{"widget", 2.5, 4}, {"gadget", 10, 1}}, map[string]string{"gift": "yes", "door": "back"}, true}
	if err := t5.Execute(os.Stdout, o); err != nil {
		panic(err)
	}
	o2 := Order{ID: 7, Customer: "bob"}
	t5.Execute(os.Stdout, &o2)
	err = template.Must(template.New("e").Parse("{{.Missing}}\n")).Execute(os.Stdout, o)
	os.Stdout.WriteString(strings.SplitN(err.Error(), ":", 2)[0] + "\n")
}
