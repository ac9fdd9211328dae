package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Pet struct {
	Name   string
	Sex    string
	Intact bool
	Age    string
	Breed  []string
}

func main() {
	dogs := []Pet{
		{Name: "Jujube", Sex: "Female", Intact: false, Age: "10 months", Breed: []string{"German Shepherd", "Pitbull"}},
		{Name: "Zephyr", Sex: "Male", Intact: true, Age: "13 years, 3 months", Breed: []string{"German Shepherd", "Border Collie"}},
	}

	funcs := template.FuncMap{
		"join":  strings.Join,
		"upper": strings.ToUpper,
		"dec":   func(i int) int { return i - 1 },
	}

	const tmpl = `Number of dogs: {{ . | len -}}
{{ range $i, $d := . }}
---
#{{ $i }} Name: {{ .Name | upper }}
Sex: {{ .Sex }} ({{ if .Intact }}intact{{ else }}{{ if (eq .Sex "Female") }}spayed{{ else }}neutered{{ end }}{{ end }})
Age: {{ .Age }}
Breed: {{ join .Breed " & " }}
{{- if eq $i (dec (len $)) }}
(last dog){{ end }}
{{- end }}
`
	t := template.Must(template.New("pets").Funcs(funcs).Parse(tmpl))
	if err := t.Execute(os.Stdout, dogs); err != nil {
		fmt.Println("error:", err)
	}

	simple := template.Must(template.New("s").Parse("Hello, {{.}}!\n"))
	simple.Execute(os.Stdout, "Gopher")

	var sb strings.Builder
	m := map[string]int{"b": 2, "a": 1}
	template.Must(template.New("m").Parse(`{{range $k, $v := .}}{{$k}}={{$v}};{{end}}`)).Execute(&sb, m)
	fmt.Println(sb.String())

	_, err := template.New("bad").Parse("{{ .Missing ")
	fmt.Println(err != nil)
	err = template.Must(template.New("e").Parse("{{.Nope}}\n")).Execute(os.Stdout, dogs[0])
	fmt.Println("exec error:", err)

	withDefs := `{{define "item"}}<{{.}}>{{end}}{{range .}}{{template "item" .}}{{end}}
`
	template.Must(template.New("d").Parse(withDefs)).Execute(os.Stdout, []int{1, 2, 3})
	fmt.Printf("%s\n", "done")
}
