package main

import (
	"os"
	"strings"
	"text/template"
	"time"
)

type Issue struct {
	Number    int
	Title     string
	User      *User
	CreatedAt time.Time
	Labels    []string
}

type User struct {
	Login string
}

func (u *User) Upper() string { return strings.ToUpper(u.Login) }

func (i Issue) Age(now time.Time) int {
	return int(now.Sub(i.CreatedAt).Hours() / 24)
}

const tmpl = `{{.TotalCount}} issues:
{{range $i, $e := .Items}}{{if $i}}----
{{end}}Number: {{.Number}}
User:   {{.User.Login}} ({{.User.Upper}})
Title:  {{.Title | printf "%.20s"}}
Age:    {{.Age $.Now}} days
Labels: {{join .Labels ", " | lower}}{{with .Labels}} ({{len .}}){{else}} none{{end}}
{{end}}`

func main() {
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	data := struct {
		TotalCount int
		Items      []Issue
		Now        time.Time
	}{
		TotalCount: 2,
		Now:        now,
		Items: []Issue{
			{1, "Interpreter crashes on generic types in closures", &User{"alice"}, now.AddDate(0, 0, -10), []string{"Bug", "Crash"}},
			{2, "Docs", &User{"bob"}, now.AddDate(0, -1, 0), nil},
		},
	}
	funcs := template.FuncMap{"join": strings.Join, "lower": strings.ToLower}
	t := template.Must(template.New("issues").Funcs(funcs).Parse(tmpl))
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}

	t2 := template.Must(template.New("x").Parse(`{{define "item"}}<{{.}}>{{end}}{{range .}}{{template "item" .}}{{end}}
{{- /* comment */ -}}
{{"\n"}}{{len .}} {{index . 1}} {{slice . 1 2}} {{eq (len .) 3}} {{and 1 0}} {{or 0 "x"}} {{not true}}
`))
	t2.Execute(os.Stdout, []string{"a", "b", "c"})

	_, err := template.New("bad").Parse("{{.Foo")
	os.Stdout.WriteString(err.Error() + "\n")
	err = template.Must(template.New("e").Parse("{{.Missing}}\n")).Execute(os.Stdout, struct{ X int }{1})
	os.Stdout.WriteString(err.Error() + "\n")
	template.Must(template.New("m").Parse("{{range $k, $v := .}}{{$k}}={{$v}};{{end}}\n")).Execute(os.Stdout, map[string]int{"b": 2, "a": 1})
}
