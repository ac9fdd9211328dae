package main

import (
	"html/template"
	"os"
	"strings"
)

type Comment struct {
	Author string
	Body   string
	URL    string
	Votes  int
}

type Page struct {
	Title    string
	Comments []Comment
	Footer   template.HTML
}

const page = `<h1>{{.Title}}</h1>
<ul>
{{- range .Comments}}
  <li class="{{if gt .Votes 10}}hot{{else}}cold{{end}}"><a href="{{.URL}}" title="{{.Author}}">{{.Author | shout}}</a>: {{.Body}}</li>
{{- else}}
  <li>no comments</li>
{{- end}}
</ul>
<script>var title = {{.Title}};</script>
{{.Footer}}
`

func main() {
	t := template.Must(template.New("page").Funcs(template.FuncMap{
		"shout": func(s string) string { return strings.ToUpper(s) + "!" },
	}).Parse(page))

	p := Page{
		Title: `Tom & Jerry's "Best" <Episodes>`,
		Comments: []Comment{
			{"alice", "<script>alert(1)</script>", "https://example.com/a?x=1&y=2", 12},
			{"bob", "nice & tidy", "javascript:alert(2)", 3},
		},
		Footer: template.HTML("<footer>&copy; 2024</footer>"),
	}
	if err := t.Execute(os.Stdout, p); err != nil {
		panic(err)
	}
	if err := t.Execute(os.Stdout, Page{Title: "Empty"}); err != nil {
		panic(err)
	}
	os.Stdout.WriteString(template.HTMLEscapeString("<a href='x'>") + "\n")
	os.Stdout.WriteString(template.JSEscapeString(`he said "hi"`) + "\n")
}
