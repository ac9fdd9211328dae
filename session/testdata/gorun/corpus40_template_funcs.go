package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Repo struct {
	Name  string
	Stars int
	Langs []string
	Desc  string
}

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"add":   func(a, b int) int { return a + b },
		"stars": func(n int) string {
			if n >= 1000 {
				return fmt.Sprintf("%.1fk", float64(n)/1000)
			}
			return fmt.Sprint(n)
		},
		"truncate": func(n int, s string) string {
			if len(s) <= n {
				return s
			}
			return s[:n] + "..."
		},
		"default": func(def, s string) string {
			if s == "" {
				return def
			}
			return s
		},
	}
	const text = `{{range $i, $r := .}}{{add $i 1}}) {{upper $r.Name}} [{{stars $r.Stars}}] {{join $r.Langs "/"}}
   {{$r.Desc | default "no description" | truncate 24}}
{{end}}`
	t, err := template.New("repos").Funcs(funcs).Parse(text)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	repos := []Repo{
		{"gogil", 512, []string{"Go"}, "A Go kernel for Jupyter with a GIL model"},
		{"yaegi", 7300, []string{"Go"}, "Yet another Go interpreter"},
		{"notebook", 11500, []string{"Python", "TypeScript"}, ""},
	}
	if err := t.Execute(os.Stdout, repos); err != nil {
		fmt.Println("exec error:", err)
	}

	_, err = template.New("bad").Parse(`{{nosuchfunc .}}`)
	fmt.Println("error:", err)

	t2 := template.Must(template.New("x").Funcs(funcs).Parse(`{{add .A .B}}` + "\n"))
	err = t2.Execute(os.Stdout, map[string]any{"A": 1, "B": "two"})
	fmt.Println("error:", err)
}
