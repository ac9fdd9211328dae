package main

import (
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io"
	"os"
	"text/template"
)

type Address struct {
	City string
}

type Person struct {
	Name string
	Home Address
	Pets []Pet
}

type Pet struct {
	Kind string
}

func main() {
	p := Person{Name: "Ann", Home: Address{City: "Oslo"}, Pets: []Pet{{"cat"}}}
	run := func(name, text string, data any) {
		t, err := template.New(name).Parse(text)
		if err != nil {
			fmt.Println("parse:", err)
			return
		}
		if err := t.Execute(os.Stdout, data); err != nil {
			fmt.Println("\nexec:", err)
		}
	}
	run("a", "{{.Name}} {{.Home.City}} {{.Home.Zip}}\n", p)
	run("b", "{{.Name}} {{.Nope}}\n", &p)
	run("c", "{{range .Pets}}{{.Kind}} {{.Legs}}{{end}}\n", p)
	run("d", "{{index . 0}} {{(index . 0).Color}}\n", []Pet{{"dog"}})
	run("e", "{{.x.Kind}} {{.x.Size}}\n", map[string]Pet{"x": {"fish"}})
	run("f", "{{.Name.First}}\n", p)

	t := template.Must(template.New("root").Parse(`{{define "inner"}}[{{.City}}{{.Street}}]{{end}}`))
	err := t.ExecuteTemplate(os.Stdout, "inner", p.Home)
	fmt.Println("\nexecute template:", err)
	var ee template.ExecError
	fmt.Println(errors.As(err, &ee), ee.Name)

	err = template.Must(template.New("missing").Parse("{{.Age}}")).Execute(io.Discard, []Person{p}[0])
	fmt.Println(err, errors.Is(err, io.EOF))

	h := htmltemplate.Must(htmltemplate.New("h").Parse("<p>{{.Name}} {{.Missing}}</p>\n"))
	fmt.Println(h.Execute(os.Stdout, p))
}
