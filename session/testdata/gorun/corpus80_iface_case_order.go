package main

// Interfaces built by embedding, and type switches whose case order
// decides which interface a value meets first.

import (
	"fmt"
	"io"
)

type Namer interface{ Name() string }
type Sizer interface{ Size() int }
type File interface {
	Namer
	Sizer
	io.Reader
}

type doc struct{ n string }

func (d doc) Name() string               { return d.n }
func (d doc) Size() int                  { return len(d.n) }
func (d doc) Read(p []byte) (int, error) { return 0, io.EOF }

type tag string

func (t tag) Name() string { return string(t) }

type blob struct{ b []byte }

func (b blob) Size() int { return len(b.b) }

func classify(v any) string {
	switch x := v.(type) {
	case File:
		return "file " + x.Name()
	case Namer:
		return "namer " + x.Name()
	case Sizer:
		return fmt.Sprint("sizer ", x.Size())
	case io.Reader:
		return "reader"
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func viaNamer(n Namer) string {
	switch x := n.(type) {
	case File:
		return "file " + x.Name()
	case Sizer:
		return "namer+sizer"
	case fmt.Stringer:
		return "stringer"
	case tag:
		return "tag " + string(x)
	}
	return "plain namer"
}

func main() {
	for _, v := range []any{doc{"readme"}, tag("t1"), blob{[]byte{1, 2}}, nil, 3.5, &doc{"p"}} {
		fmt.Println(classify(v))
	}
	fmt.Println(viaNamer(doc{"d"}), "|", viaNamer(tag("x")), "|", viaNamer(&doc{"q"}))
	var f File = doc{"z"}
	var n Namer = f
	var s Sizer = f
	fmt.Println(n.Name(), s.Size(), n == Namer(doc{"z"}))
	if r, ok := n.(io.Reader); ok {
		_, err := r.Read(nil)
		fmt.Println("reader:", err)
	}
	_, ok := n.(Sizer)
	_, ok2 := Namer(tag("a")).(Sizer)
	fmt.Println(ok, ok2)
}
