package main

import (
	"errors"
	"fmt"
	"os"
	"text/template"
)

var errNoAge = errors.New("no age")

type Aged struct{ Name string }

func (a Aged) Age() (int, error) { return 0, errNoAge }

func main() {
	t := template.Must(template.New("age").Parse("{{.Name}}: {{.Age}}\n"))
	err := t.Execute(os.Stdout, Aged{"Bo"})
	fmt.Println()
	fmt.Println(err, errors.Is(err, errNoAge))
}
