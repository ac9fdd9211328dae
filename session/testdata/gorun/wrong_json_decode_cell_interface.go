package main

import (
	"encoding/json"
	"fmt"
)

// A cell's interface type with methods is interface{} to the interpreter:
// json would fill it with a map where Go's json refuses, or replace the
// pointer it holds where Go's decodes into it.

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r *Rect) Area() float64 { return r.W * r.H }

type Doc struct {
	Name  string
	Main  Shape
	Extra []Shape
}

func main() {
	var d Doc
	err := json.Unmarshal([]byte(`{"Name":"x","Main":null,"Extra":[{"W":1}]}`), &d)
	fmt.Println(d.Name, err)
	var s Shape = &Rect{}
	err = json.Unmarshal([]byte(`{"W":2,"H":3}`), &s)
	fmt.Println(s.Area(), err)
	var plain Shape
	fmt.Println(json.Unmarshal([]byte(`{"W":1}`), &plain), plain == nil)
}
