package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Student struct {
	Name   string
	Grades []int
	Tags   map[string]string
	Mentor *Student
}

type Class struct {
	Title    string
	Students []Student
	Year     int
}

func avg(xs []int) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

func main() {
	c := Class{Title: "Go 101", Year: 2024, Students: []Student{
		{Name: "ann", Grades: []int{90, 80}, Tags: map[string]string{"b": "2", "a": "1"}},
		{Name: "ben", Grades: nil, Mentor: &Student{Name: "zed"}},
	}}
	t := template.Must(template.New("c").Funcs(template.FuncMap{"avg": avg, "title": strings.ToTitle}).Parse(
		`{{.Title}} ({{.Year}})
{{range .Students}}- {{title .Name}}: {{if .Grades}}{{avg .Grades | printf "%.1f"}}{{else}}no grades{{end}}{{with .Mentor}} mentor={{.Name}}{{end}}{{range $k, $v := .Tags}} {{$k}}:{{$v}}{{end}}
{{else}}empty
{{end}}{{$n := len .Students}}{{if eq $n 2}}two students{{end}}
`))
	if err := t.Execute(os.Stdout, c); err != nil {
		fmt.Println(err)
	}
	t.Execute(os.Stdout, Class{Title: "none"})
	err := template.Must(template.New("x").Parse("{{.Nope}}")).Execute(os.Stdout, c)
	fmt.Println()
	fmt.Println(err)
	err = template.Must(template.New("y").Parse("{{index .Students 5}}")).Execute(os.Stdout, c)
	fmt.Println(err)
	var sb strings.Builder
	template.Must(template.New("z").Parse(`{{range $i, $s := .}}{{if $i}}, {{end}}{{$s.Name}}{{end}}`)).Execute(&sb, c.Students)
	fmt.Println(sb.String())
	tp := template.Must(template.New("p").Parse(`{{.Mentor.Name}}`))
	fmt.Println(tp.Execute(&sb, &c.Students[1]), sb.String())
}
