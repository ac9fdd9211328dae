package main

// A template names fields Go promotes from embedded structs; the
// interpreter's struct type marks an embedded field only when it is the
// struct's one field, and text/template found none of them.

import (
	"fmt"
	"os"
	"text/template"
)

type Base struct {
	ID      int
	Created string
}

type meta struct{ Owner string }

type Post struct {
	Base
	meta
	*Stats
	Title string
}

type Stats struct{ Views int }

func main() {
	p := Post{Base: Base{7, "today"}, meta: meta{"ann"}, Stats: &Stats{99}, Title: "hello"}
	t := template.Must(template.New("p").Parse("{{.ID}} {{.Created}} {{.Title}} {{.Base.ID}} {{.Owner}} {{.Views}}\n"))
	if err := t.Execute(os.Stdout, p); err != nil {
		fmt.Println("\nerr:", err)
	}
	if err := t.Execute(os.Stdout, &p); err != nil {
		fmt.Println("\nerr:", err)
	}
	posts := []Post{p}
	t2 := template.Must(template.New("l").Parse("{{range .}}{{.ID}}:{{.Title}}{{end}}\n"))
	if err := t2.Execute(os.Stdout, posts); err != nil {
		fmt.Println("\nerr:", err)
	}
}
