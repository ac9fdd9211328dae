package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"text/template"
)

const layout = `{{define "header"}}== {{.Title | upper}} =={{end}}
{{define "row"}}{{printf "%-6s" .Name}}{{if .Admin}} (admin){{end}}{{end}}
{{define "page"}}{{template "header" .}}
{{range $i, $u := .Users}}{{if $i}}, {{end}}{{template "row" $u}}{{end}}
{{len .Users}} users; first: {{(index .Users 0).Name}}; {{block "footer" .}}default footer{{end}}
{{end}}`

type User struct {
	Name  string
	Admin bool
}

func main() {
	funcs := template.FuncMap{
		"upper":  strings.ToUpper,
		"repeat": strings.Repeat,
		"add":    func(a, b int) int { return a + b },
	}
	t := template.Must(template.New("root").Funcs(funcs).Parse(layout))
	data := map[string]any{
		"Title": "members",
		"Users": []User{{"ann", true}, {"bob", false}, {"cy", false}},
	}
	if err := t.ExecuteTemplate(os.Stdout, "page", data); err != nil {
		fmt.Println("error:", err)
	}

	t2 := template.Must(t.Clone())
	template.Must(t2.New("footer").Parse(`custom footer {{add 40 2}}`))
	t2.ExecuteTemplate(os.Stdout, "page", data)

	var names []string
	for _, tt := range t.Templates() {
		names = append(names, tt.Name())
	}
	fmt.Println(len(names), t.Lookup("row") != nil, t.Lookup("nope") == nil)

	var buf bytes.Buffer
	small := template.Must(template.New("s").Funcs(funcs).Parse(
		`{{range $k, $v := .}}{{$k}}={{$v}};{{end}} {{repeat "ab" 3}} {{"quoted" | printf "%q"}} {{html "<x>"}} {{and 1 0}} {{or 0 "z"}} {{not true}} {{eq 1 1}} {{lt 1.5 2.0}}`))
	small.Execute(&buf, map[string]int{"b": 2, "a": 1, "c": 3})
	fmt.Println(buf.String())

	err := template.Must(template.New("e").Parse(`{{template "missing"}}`)).Execute(&buf, nil)
	fmt.Println("error:", err)
	err = small.ExecuteTemplate(&buf, "none", nil)
	fmt.Println("error:", err)
}
