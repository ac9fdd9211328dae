package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type Animal interface {
	Sound() string
}

type Walker interface {
	Walk() string
}

type Pet interface {
	Animal
	Walker
	Name() string
}

type Dog struct{ name string }

func (d Dog) Sound() string { return "Woof" }
func (d Dog) Walk() string  { return d.name + " walks on four legs" }
func (d Dog) Name() string  { return d.name }

type Fish struct{}

func (Fish) Sound() string { return "..." }

type Stringer interface{ String() string }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f degrees", float64(t)) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(code int) error {
	if code == 0 {
		return nil
	}
	return &MyErr{code}
}

func main() {
	animals := []Animal{Dog{"Rex"}, Fish{}, Dog{"Fido"}}
	for _, a := range animals {
		fmt.Print(a.Sound(), ": ")
		if w, ok := a.(Walker); ok {
			fmt.Println(w.Walk())
		} else {
			fmt.Printf("%T cannot walk\n", a)
		}
		if p, ok := a.(Pet); ok {
			fmt.Println("  pet named", p.Name())
		}
	}

	var x interface{} = Temp(21.5)
	if s, ok := x.(Stringer); ok {
		fmt.Println(s.String())
	}
	fmt.Println(x)
	fmt.Printf("%v %s %d\n", x, x, 7)
	t := x.(Temp)
	fmt.Println(float64(t) + 1)

	var r io.Reader = strings.NewReader("data")
	if _, ok := r.(io.Writer); !ok {
		fmt.Println("strings.Reader is not a Writer")
	}
	if ws, ok := r.(io.WriterTo); ok {
		n, _ := ws.WriteTo(os.Stdout)
		fmt.Println(" wrote", n)
	}
	var w io.Writer = os.Stdout
	_, isFile := w.(*os.File)
	fmt.Println("stdout is *os.File:", isFile)

	err := find(42)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("MyErr with code", me.Code)
	}
	if e, ok := err.(*MyErr); ok && e.Code > 40 {
		fmt.Println("big code", e)
	}
	fmt.Println(find(0) == nil)

	values := []interface{}{1, "a", 2.5, []int{1}, map[string]int{}, Dog{"x"}, nil, true}
	for _, v := range values {
		switch t := v.(type) {
		case int, float64:
			fmt.Printf("number %v; ", t)
		case string:
			fmt.Printf("string %q; ", t)
		case Animal:
			fmt.Printf("animal %s; ", t.Sound())
		case nil:
			fmt.Print("nil; ")
		default:
			fmt.Printf("other %T; ", t)
		}
	}
	fmt.Println()

	defer func() {
		r := recover()
		fmt.Println("panic:", r)
		if re, ok := r.(interface{ RuntimeError() }); ok {
			_ = re
			fmt.Println("it is a runtime error")
		}
	}()
	var a Animal = Fish{}
	d := a.(Dog)
	fmt.Println(d)
}
