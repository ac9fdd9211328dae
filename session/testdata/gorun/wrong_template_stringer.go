package main

import (
	"fmt"
	"os"
	"text/template"
)

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type reading struct {
	Place string
	Temp  celsius
}

func main() {
	t := template.Must(template.New("r").Parse("{{.Place}}: {{.Temp}}\n"))
	fmt.Println(t.Execute(os.Stdout, reading{"Oslo", 4}))
}
