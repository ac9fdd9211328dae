package main

import (
	"html/template"
	"log"
	"os"
	"strings"
)

type Comment struct {
	Author string
	Body   string
	Votes  int
}

type Page struct {
	Title    string
	Query    string
	Comments []Comment
	Footer   template.HTML
}

const page = `<h1>{{.Title}}</h1>
<a href="/search?q={{.Query}}">search {{.Query}}</a>
{{range $i, $c := .Comments -}}
<div class="c{{$i}}" title="{{$c.Author}}" onclick="vote({{$c.Author}})">
  <b>{{$c.Author | upper}}</b>: {{$c.Body}}{{if gt $c.Votes 5}} (popular){{end}}
</div>
{{else -}}
<p>no comments</p>
{{end -}}
{{.Footer}}
`

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("page").Funcs(funcs).Parse(page))
	data := Page{
		Title: "Tom & Jerry <Reviews>",
		Query: "cats & dogs",
		Comments: []Comment{
			{"alice", "Loved it! <script>alert('x')</script>", 9},
			{"bob \"the builder\"", "It's fine & fun", 2},
		},
		Footer: template.HTML("<footer>&copy; 2024</footer>"),
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		log.Fatal(err)
	}
	data.Comments = nil
	if err := t.Execute(os.Stdout, data); err != nil {
		log.Fatal(err)
	}

	_, err := template.New("bad").Parse("{{.Missing")
	os.Stdout.WriteString("parse error: " + err.Error() + "\n")
	err = template.Must(template.New("x").Parse("{{.Nope}}\n")).Execute(os.Stdout, data)
	os.Stdout.WriteString("exec error: " + err.Error() + "\n")
}
