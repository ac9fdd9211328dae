package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

// gob sends a composite type's name, which the interpreter's type of a
// cell type lacks, and skips unexported fields, which the interpreter's
// type exports: the sizes and a round trip of an unexported field differ.

type Inner struct{ V int }

type P struct {
	Name   string
	secret int
	Tags   []string
	Inner
}

func main() {
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	err := enc.Encode(P{Name: "n", secret: 42, Tags: []string{"a"}, Inner: Inner{7}})
	fmt.Println(err, buf.Len())
	enc.Encode(P{Name: "m"})
	fmt.Println(buf.Len())
	dec := gob.NewDecoder(&buf)
	var q, r P
	fmt.Println(dec.Decode(&q), dec.Decode(&r))
	fmt.Printf("%+v %+v\n", q, r)
}
