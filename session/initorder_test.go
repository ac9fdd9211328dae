package session

import "testing"

// Package-level variables initialize in Go's dependency order, through the
// functions their initializers call, and one without an initializer is
// zero from the start: yaegi ran the initializers in source order (total
// was 0) and zeroed order where it was declared, losing compute's append.
func TestPackageVarsInitializeInGoOrder(t *testing.T) {
	for _, form := range []string{"cell", "program"} {
		t.Run(form, func(t *testing.T) {
			code := `var (
	total = compute()
	base  = 10
	name  = strings.ToUpper(who)
	who   = pick()
)
var order []string
func compute() int { order = append(order, "compute"); return base * 2 }
func pick() string { order = append(order, "pick"); return "go" }
func init() { order = append(order, "init") }
`
			body := `fmt.Println(total, base, name, order)`
			if form == "program" {
				code = "package main\nimport (\"fmt\"; \"strings\")\n" + code + "func main() {\n" + body + "\n}\n"
			} else {
				code += body
			}
			out, e := runCell(t, code)
			if want := "20 10 GO [compute pick init]\n"; e != nil || out != want {
				t.Errorf("printed %q, error %v; want %q", out, e, want)
			}
		})
	}
}
