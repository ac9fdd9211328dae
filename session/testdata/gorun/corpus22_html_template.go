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
	Score  int
}

const page = `{{define "comment"}}<li data-score="{{.Score}}"><a href="{{.URL}}" title="{{.Author}}">{{.Author}}</a>: {{.Body}}</li>{{end -}}
<h1>{{.Title}}</h1>
<script>var title = {{.Title}}; var n = {{len .Comments}};</script>
<ul>
{{range $i, $c := .Comments}}{{if $i}}
{{end}}{{template "comment" $c}}{{else}}<li>no comments</li>{{end}}
</ul>
<p style="color: {{.Color}}">{{.Safe}}</p>
<a href="/search?q={{.Query}}">{{.Query | upper}}</a>
`

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper}
	t := template.Must(template.New("page").Funcs(funcs).Parse(page))
	data := map[string]any{
		"Title": `Tom & "Jerry" <script>`,
		"Comments": []Comment{
			{"alice", "<b>hi</b>", "https://example.com/a?x=1&y=2", 5},
			{"bob", "it's ok", "javascript:alert(1)", -1},
		},
		"Color": "red; background: url(evil)",
		"Safe":  template.HTML("<em>trusted</em>"),
		"Query": "a b&c/d",
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		os.Stdout.WriteString("error: " + err.Error() + "\n")
	}
	data["Comments"] = nil
	t.ExecuteTemplate(os.Stdout, "comment", Comment{Author: "<x>", Body: "y", URL: "/ok path"})
	os.Stdout.WriteString("\n")
	os.Stdout.WriteString(template.HTMLEscapeString("<a href='x'>&</a>") + "\n")
	os.Stdout.WriteString(template.JSEscapeString(`"quote" </script>`) + "\n")
	os.Stdout.WriteString(template.URLQueryEscaper("a b", "&") + "\n")
	_, err := template.New("bad").Parse("{{.Missing")
	os.Stdout.WriteString("parse error: " + err.Error() + "\n")
	t2 := template.Must(template.New("x").Parse("{{.Nope}}\n"))
	err = t2.Execute(os.Stdout, struct{ Yes int }{1})
	os.Stdout.WriteString("exec error: " + err.Error() + "\n")
}
