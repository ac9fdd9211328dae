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

type Order struct {
	Customer string
	Items    []Item
	Notes    []string
	VIP      bool
}

const tmpl = `Order for {{.Customer | upper}}{{if .VIP}} (VIP){{end}}
{{range $i, $it := .Items}}{{inc $i}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%.2f" $it.Total}}
{{end}}{{with .Notes}}Notes: {{join . "; "}}{{else}}No notes{{end}}
{{- /* a comment */ -}}
{{define "footer"}}
-- {{len .Items}} items --{{end}}{{template "footer" .}}
`

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"inc":   func(i int) int { return i + 1 },
		"join":  strings.Join,
	}
	t := template.Must(template.New("order").Funcs(funcs).Parse(tmpl))
	o := Order{Customer: "ada", VIP: true, Items: []Item{{"pen", 1.5, 4}, {"notebook", 3.25, 2}}}
	if err := t.Execute(os.Stdout, o); err != nil {
		fmt.Println("error:", err)
	}
	o2 := Order{Customer: "bob", Items: nil, Notes: []string{"fragile", "gift"}}
	t.Execute(os.Stdout, o2)

	m := template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}} {{end}}{{"\n"}}`))
	m.Execute(os.Stdout, map[string]int{"b": 2, "a": 1, "c": 3})

	cmp := template.Must(template.New("c").Parse(`{{if and (gt .N 5) (lt .N 10)}}mid{{else if ge .N 10}}big{{else}}small{{end}} {{eq .S "x"}} {{index .L 1}} {{len .L}}{{"\n"}}`))
	for _, n := range []int{3, 7, 12} {
		cmp.Execute(os.Stdout, map[string]any{"N": n, "S": "x", "L": []string{"p", "q"}})
	}

	_, err := template.New("bad").Parse("{{.Foo")
	fmt.Println("parse error:", err)
	bad := template.Must(template.New("exec").Parse("{{.Missing}}\n"))
	err = bad.Execute(os.Stdout, o)
	fmt.Println("exec error:", err)
	var sb strings.Builder
	template.Must(template.New("s").Parse(`{{.}} and {{. | printf "%q"}}`)).Execute(&sb, "str")
	fmt.Println(sb.String())
}
