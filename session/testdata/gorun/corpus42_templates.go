package main

import (
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

	funcMap := template.FuncMap{
		"dec":     func(i int) int { return i - 1 },
		"replace": strings.ReplaceAll,
		"join":    strings.Join,
	}

	const tmplText = `Number of dogs: {{ . | len }}
{{ range $i, $dog := . -}}
---
({{ $i }}) Name: {{ .Name }}
Sex: {{ .Sex }} ({{ if .Intact }}intact{{ else }}{{ if eq .Sex "Female" }}spayed{{ else }}neutered{{ end }}{{ end }})
Age: {{ .Age }}
Breed: {{ join .Breed " & " }}
{{ end -}}
Last index: {{ dec (len .) }}
`
	tmpl, err := template.New("pets").Funcs(funcMap).Parse(tmplText)
	if err != nil {
		panic(err)
	}
	if err := tmpl.Execute(os.Stdout, dogs); err != nil {
		panic(err)
	}

	// Nested templates and with/else.
	page := template.Must(template.New("page").Parse(
		`{{define "item"}}<li>{{.}}</li>{{end}}<ul>{{range .Items}}{{template "item" .}}{{else}}<li>none</li>{{end}}</ul>
{{with .Title}}Title: {{.}}{{else}}No title{{end}}
{{printf "%05.1f" .Score}} {{len .Items}} {{index .Items 0 | printf "%q"}}
`))
	data := map[string]any{
		"Items": []string{"apple", "pear"},
		"Title": "",
		"Score": 7.25,
	}
	if err := page.Execute(os.Stdout, data); err != nil {
		panic(err)
	}

	// Errors from executing a template are reported, not panics.
	bad := template.Must(template.New("bad").Parse("{{.Missing.Field}}\n"))
	err = bad.Execute(os.Stdout, struct{ Name string }{"x"})
	os.Stdout.WriteString("error: " + err.Error() + "\n")
}
