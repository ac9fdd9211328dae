package main

// A template that names an unexported field fails; Go's error says the
// field is unexported, where the interpreter's exported copy of it made
// text/template say it found no such field.
import (
	"fmt"
	"os"
	"text/template"
)

type person struct {
	name string
	Age  int
}

type Team struct {
	Name    string
	members []person
	Lead    person
}

func main() {
	t := template.Must(template.New("p").Parse("{{.Age}} {{.name}}\n"))
	err := t.Execute(os.Stdout, person{"ann", 30})
	fmt.Println("\nerr:", err)
	t2 := template.Must(template.New("t").Parse("{{.Name}}: {{.Lead.Age}} {{range .members}}{{.}}{{end}}\n"))
	err = t2.Execute(os.Stdout, Team{Name: "core", Lead: person{"bo", 40}})
	fmt.Println("\nerr:", err)
	err = t.Execute(os.Stdout, &person{"cy", 20})
	fmt.Println("\nerr:", err)
	t3 := template.Must(template.New("x").Parse("{{.Nope}}\n"))
	err = t3.Execute(os.Stdout, Team{})
	fmt.Println("\nerr:", err)
	err = t3.Execute(os.Stdout, &Team{})
	fmt.Println("\nerr:", err)
	fmt.Printf("%v %+v\n", Team{Name: "x"}, person{"c", 1})
}
