package main

import (
	"os"
	"strings"
	"text/template"
)

func main() {
	t1 := template.New("t1")
	t1, err := t1.Parse("Value is {{.}}\n")
	if err != nil {
		panic(err)
	}
	t1 = template.Must(t1.Parse("Value: {{.}}\n"))
	t1.Execute(os.Stdout, "some text")
	t1.Execute(os.Stdout, 5)
	t1.Execute(os.Stdout, []string{
		"Go",
		"Rust",
		"C++",
		"C#",
	})

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

	t3 := Create("t3",
		"{{if . -}} yes {{else -}} no {{end}}\n")
	t3.Execute(os.Stdout, "not empty")
	t3.Execute(os.Stdout, "")

	t4 := Create("t4",
		"Range: {{range .}}{{.}} {{end}}\n")
	t4.Execute(os.Stdout,
		[]string{
			"Go",
			"Rust",
			"C++",
			"C#",
		})

	funcs := template.FuncMap{"upper": strings.ToUpper}
	t5 := template.Must(template.New("t5").Funcs(funcs).Parse(
		`{{range $i, $p := .}}{{if $i}}, {{end}}{{$p.Name | upper}} ({{$p.Age}}){{end}}
{{with index . 0}}first={{.Name}}{{end}} {{len .}}
`))
	type P struct {
		Name string
		Age  int
	}
	if err := t5.Execute(os.Stdout, []P{{"ann", 30}, {"bob", 25}}); err != nil {
		panic(err)
	}
	_, err = template.New("bad").Parse("{{.Foo")
	os.Stdout.WriteString(strings.SplitN(err.Error(), ":", 2)[0] + "\n")
	err = Create("t6", "{{.Missing}}\n").Execute(os.Stdout, struct{ Name string }{"x"})
	os.Stdout.WriteString(map[bool]string{true: "exec error\n", false: "no error\n"}[err != nil])
}
