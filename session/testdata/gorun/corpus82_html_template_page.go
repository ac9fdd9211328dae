package main

import (
	"html/template"
	"os"
	"strings"
)

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

type Page struct {
	Title string
	Items []Item
	Note  template.HTML
}

const tpl = `<h1>{{.Title}}</h1>
<ul>
{{- range $i, $it := .Items}}
  <li id="item-{{$i}}">{{$it.Name}} — {{printf "%.2f" $it.Price}}{{if $it.Tags}} [{{join $it.Tags ", "}}]{{end}}</li>
{{- else}}
  <li>none</li>
{{- end}}
</ul>
<p>{{.Note}}</p>
<a href="/search?q={{.Title}}">search</a>
`

func main() {
	funcs := template.FuncMap{"join": strings.Join}
	t := template.Must(template.New("page").Funcs(funcs).Parse(tpl))
	p := Page{
		Title: "Tools & <Toys>",
		Items: []Item{{"Hammer", 12.5, []string{"steel"}}, {"Kite <big>", 7, nil}},
		Note:  template.HTML("<em>trusted</em>"),
	}
	if err := t.Execute(os.Stdout, p); err != nil {
		panic(err)
	}
	t.Execute(os.Stdout, Page{Title: "Empty"})
}
