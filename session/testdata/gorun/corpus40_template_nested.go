package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

const layout = `{{define "header"}}== {{.}} =={{end}}
{{define "user"}}- {{.Name}}{{if .Admin}} (admin){{end}}{{with .Email}} <{{.}}>{{end}}{{end}}
{{define "page"}}{{template "header" .Title}}
{{range .Users}}{{template "user" .}}
{{end}}{{block "footer" .}}{{len .Users}} users{{end}}
{{end}}`

type User struct {
	Name  string
	Email string
	Admin bool
}

type Page struct {
	Title string
	Users []User
}

func main() {
	t := template.Must(template.New("root").Parse(layout))
	p := Page{
		Title: "Team",
		Users: []User{
			{"alice", "alice@example.com", true},
			{"bob", "", false},
			{"carol", "carol@example.com", false},
		},
	}
	if err := t.ExecuteTemplate(os.Stdout, "page", p); err != nil {
		fmt.Println("error:", err)
	}

	// Override the footer block in a clone.
	t2 := template.Must(template.Must(t.Clone()).Parse(`{{define "footer"}}(end of list){{end}}`))
	t2.ExecuteTemplate(os.Stdout, "page", Page{Title: "Empty"})

	var names []string
	for _, tt := range t.Templates() {
		names = append(names, tt.Name())
	}
	fmt.Println(len(names), "templates defined")
	fmt.Println(t.Lookup("user") != nil, t.Lookup("nope") == nil)

	var sb strings.Builder
	err := t.ExecuteTemplate(&sb, "missing", nil)
	fmt.Println("error:", err)

	vars := template.Must(template.New("v").Parse(
		`{{$total := 0}}{{range $k, $v := .}}{{$k}}={{$v}} {{end}}{{with $x := index . "b"}}b is {{$x}}{{end}}` + "\n"))
	vars.Execute(os.Stdout, map[string]int{"c": 3, "a": 1, "b": 2})
	cond := template.Must(template.New("c").Parse(
		`{{if and .A (not .B)}}A only{{else if or .A .B}}some{{else}}none{{end}} {{eq .N 3}} {{lt .N 10}} {{index .L 1}} {{slice .S 1 3}}` + "\n"))
	cond.Execute(os.Stdout, map[string]any{"A": true, "B": false, "N": 3, "L": []string{"x", "y"}, "S": "hello"})
}
