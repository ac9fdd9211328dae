package main

import (
	"html/template"
	"log"
	"os"
)

type Post struct {
	Title   string
	Author  string
	Body    string
	Tags    []string
	Link    string
	Trusted template.HTML
}

const page = `<h1>{{.Title}}</h1>
<p class="by">by {{.Author}}</p>
<div>{{.Body}}</div>
{{if .Tags}}<ul>
{{range .Tags}}  <li><a href="/tag/{{.}}">{{.}}</a></li>
{{end}}</ul>{{else}}<p>untagged</p>{{end}}
<a href="{{.Link}}" title="{{.Title}}">link</a>
<script>var author = {{.Author}};</script>
{{.Trusted}}
`

func main() {
	t, err := template.New("post").Parse(page)
	if err != nil {
		log.Fatal(err)
	}
	posts := []Post{
		{
			Title:   "Hello & welcome",
			Author:  `O'Brien "the coder"`,
			Body:    "<script>alert('xss')</script>",
			Tags:    []string{"go", "a b"},
			Link:    "javascript:alert(1)",
			Trusted: template.HTML("<em>safe</em>"),
		},
		{Title: "Empty", Author: "anon", Link: "https://example.com/?q=1&r=2"},
	}
	for _, p := range posts {
		if err := t.Execute(os.Stdout, p); err != nil {
			log.Fatal(err)
		}
		os.Stdout.WriteString("====\n")
	}
	os.Stdout.WriteString(template.HTMLEscapeString("<b>\"x\" & y</b>") + "\n")
	os.Stdout.WriteString(template.JSEscapeString("it's \"q\"") + "\n")
}
