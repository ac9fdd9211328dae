package main

import (
	"errors"
	"fmt"
	"strings"
)

// Each value converted to error or fmt.Stringer keeps its own value, as
// Go copies it into the interface, whatever later overwrites the
// expression or variable it came from.
type NotFound struct{ Key string }

func (e NotFound) Error() string { return fmt.Sprintf("key %q not found", e.Key) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Temp struct{ C float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1fC", t.C) }

func find(k string) error { return NotFound{k} }

var saved error

func main() {
	var errs []error
	for _, k := range []string{"a", "b", "c"} {
		errs = append(errs, NotFound{k})
	}
	for i := 1; i <= 2; i++ {
		errs = append(errs, Code(i*10))
	}
	fmt.Println(errs)
	fmt.Println(errors.Join(errs...))
	e1, e2 := find("x"), find("y")
	fmt.Println(e1, e2)
	var ss []fmt.Stringer
	for _, c := range []float64{1.5, 2.5} {
		ss = append(ss, &Temp{c})
	}
	fmt.Println(ss[0], ss[1])
	n := NotFound{"first"}
	saved = n
	n.Key = "changed"
	fmt.Println(saved, n)
	var e error
	e = NotFound{"assigned"}
	fmt.Println(e, strings.ToUpper(e.Error()))
	m := map[string]error{}
	for _, k := range []string{"p", "q"} {
		m[k] = NotFound{k}
	}
	fmt.Println(m["p"], m["q"])
}
