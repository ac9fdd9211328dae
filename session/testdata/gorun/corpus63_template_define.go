package main

import (
	"bytes"
	"fmt"
	"strings"
	"text/template"
)

type Node struct {
	Name     string
	Children []*Node
}

const src = `{{define "node"}}{{indent .Depth}}- {{.N.Name}}
{{range .N.Children}}{{template "node" (child . $.Depth)}}{{end}}{{end}}{{template "node" (child .Root -1)}}`

type frame struct {
	N     *Node
	Depth int
}

func main() {
	root := &Node{Name: "root", Children: []*Node{
		{Name: "src", Children: []*Node{{Name: "main.go"}, {Name: "util.go"}}},
		{Name: "README.md"},
		{Name: "docs", Children: []*Node{{Name: "guide", Children: []*Node{{Name: "intro.md"}}}}},
	}}
	t := template.New("tree").Funcs(template.FuncMap{
		"indent": func(n int) string { return strings.Repeat("  ", n) },
		"child":  func(n *Node, d int) frame { return frame{n, d + 1} },
	})
	template.Must(t.Parse(src))
	var buf bytes.Buffer
	if err := t.Execute(&buf, map[string]any{"Root": root}); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Print(buf.String())

	// Named templates, lookup, block override.
	base := template.Must(template.New("base").Parse(`[{{block "body" .}}default {{.}}{{end}}]` + "\n"))
	over := template.Must(template.Must(base.Clone()).Parse(`{{define "body"}}custom {{. | printf "%03d"}}{{end}}`))
	base.Execute(&buf, 5)
	over.Execute(&buf, 5)
	fmt.Print(buf.String()[strings.LastIndex(buf.String(), "- intro.md\n")+len("- intro.md\n"):])
	fmt.Println(t.Lookup("node") != nil, t.Lookup("nope") == nil)
	fmt.Println(strings.Count(t.DefinedTemplates(), "\""))
}
