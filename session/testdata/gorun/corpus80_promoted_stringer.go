package main

import (
	"errors"
	"fmt"
	"strings"
)

type ID int

func (i ID) String() string { return fmt.Sprintf("#%03d", int(i)) }

type Meta struct {
	Created string
}

func (m Meta) String() string { return "meta(" + m.Created + ")" }

// Record embeds Meta: Meta's String is promoted, so fmt prints a Record
// with it, hiding the other fields.
type Record struct {
	Meta
	Title string
}

// Entry embeds Meta and has its own String.
type Entry struct {
	Meta
	Title string
}

func (e Entry) String() string { return "entry " + e.Title + " " + e.Meta.String() }

// Holder has Stringer fields, exported and not.
type Holder struct {
	Pub  ID
	priv ID
	Ptr  *ID
}

// PtrStr has String on the pointer only.
type PtrStr struct{ N int }

func (p *PtrStr) String() string { return fmt.Sprintf("PtrStr<%d>", p.N) }

type Wrap struct {
	Inner PtrStr
	P     *PtrStr
}

type baseErr struct{ code int }

func (b baseErr) Error() string { return fmt.Sprintf("code %d", b.code) }

type NotFound struct {
	baseErr
	Key string
}

func main() {
	r := Record{Meta{"monday"}, "hello"}
	fmt.Println(r)
	fmt.Printf("%v|%+v|%s\n", r, r, r)
	fmt.Printf("%d\n", r)

	e := Entry{Meta{"tuesday"}, "post"}
	fmt.Println(e, &e)
	fmt.Printf("[%10s]\n", ID(7))

	id := ID(42)
	h := Holder{Pub: 1, priv: 2, Ptr: &id}
	fmt.Printf("%v\n", h)
	fmt.Printf("%+v\n", h.Pub)
	fmt.Println([]ID{3, 4}, map[ID]string{9: "nine", 1: "one"})

	ps := PtrStr{5}
	fmt.Println(ps, &ps)
	w := Wrap{Inner: PtrStr{6}, P: &PtrStr{7}}
	fmt.Printf("%v %+v\n", w, w)

	var err error = NotFound{baseErr{404}, "k"}
	fmt.Println(err)
	fmt.Printf("%v / %+v / %q\n", err, err, err)
	nf := NotFound{baseErr{410}, "gone"}
	fmt.Println("NotFound:", nf.Key, nf.code, nf.Error(), nf)
	wrapped := fmt.Errorf("lookup: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) != nil)

	var shown []string
	for _, v := range []fmt.Stringer{id, &id, r, e, &e, &ps} {
		shown = append(shown, v.String())
	}
	fmt.Println(strings.Join(shown, " | "))
}
