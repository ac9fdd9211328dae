package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
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
	t2.Execute(os.Stdout, struct {
		Name string
	}{"Jane Doe"})
	t2.Execute(os.Stdout, map[string]string{
		"Name": "Mickey Mouse",
	})
	t3 := Create("t3", "{{if . -}} yes {{else -}} no {{end}}\n")
	t3.Execute(os.Stdout, "not empty")
	t3.Execute(os.Stdout, "")
	t4 := Create("t4", "Range: {{range .}}{{.}} {{end}}\n")
	t4.Execute(os.Stdout, []string{"Go", "Rust", "C++", "C#"})
	funcs := template.FuncMap{"upper": strings.ToUpper, "join": strings.Join}
	t5 := template.Must(template.New("t5").Funcs(funcs).Parse(
		`{{range $i, $it := .}}{{$i}}: {{upper $it.Name}} ${{printf "%.2f" $it.Price}} [{{join $it.Tags ","}}]{{if gt $it.Price 2.0}} pricey{{end}}
{{end}}{{len .}} items
`))
	items := []Item{{"apple", 1.5, []string{"fruit"}}, {"cheese", 7.25, []string{"dairy", "aged"}}}
	if err := t5.Execute(os.Stdout, items); err != nil {
		panic(err)
	}
	t6 := Create("t6", `{{define "row"}}<{{.}}>{{end}}{{range .}}{{template "row" .}}{{end}}{{with $x := "w"}} {{$x}}{{end}}
`)
	t6.Execute(os.Stdout, []int{1, 2, 3})
	err = Create("t7", "{{.Missing}}\n").Execute(os.Stdout, struct{ Name string }{"x"})
	os.Stdout.WriteString(strings.Split(err.Error(), ":")[0] + "\n")
}
