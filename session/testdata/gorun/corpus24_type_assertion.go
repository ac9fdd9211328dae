package main

import (
	"fmt"
	"io"
	"strings"
)

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string  { return "woof" }
func (*Cat) Sound() string { return "meow" }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	var a Animal = Dog{}
	d, ok := a.(Dog)
	fmt.Println(d, ok)
	c, ok := a.(*Cat)
	fmt.Println(c, ok)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = a.(*Cat)
	}()

	var empty any
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = empty.(string)
	}()

	var x any = 42
	if s, ok := x.(string); !ok {
		fmt.Printf("not a string: %q\n", s)
	}
	n := x.(int)
	fmt.Println(n + 1)

	for _, v := range []any{nil, 3, int64(4), "hey", io.EOF, []int{1, 2}, 2.5, &Cat{"tom"}} {
		fmt.Println(classify(v))
	}

	var r io.Reader = strings.NewReader("data")
	if _, ok := r.(io.Writer); !ok {
		fmt.Println("reader is not a writer")
	}
	if sr, ok := r.(io.Seeker); ok {
		pos, _ := sr.Seek(2, io.SeekStart)
		fmt.Println("seeked to", pos)
	}
	wt, ok := r.(io.WriterTo)
	fmt.Println(ok, wt != nil)

	var an Animal = &Cat{"kit"}
	if cat, ok := an.(*Cat); ok {
		fmt.Println(cat.name, cat.Sound())
	}
}
