package main

import (
	"encoding/json"
	"fmt"
)

type ID struct {
	ID   int    `json:"id"`
	Kind string `json:"kind"`
}

type Stamp struct {
	ID      int `json:"id"`
	Created string
}

type Named struct {
	Name string
	Kind string
}

// Both ID and Stamp promote "id" at depth one, both tagged: neither
// is written. Kind: ID's is tagged, Named's is not, so ID's wins.
type Record struct {
	ID
	Stamp
	Named
}

// Depth: the outer Name hides Named's.
type Shallow struct {
	Named
	Name string
}

// Two levels: Inner embeds Core, Outer embeds *Inner.
type Core struct {
	Core  string `json:"core"`
	Level int    `json:"level,omitempty"`
}

type Inner struct {
	Core
	Label string `json:"label"`
}

type Outer struct {
	*Inner
	Level int `json:"level"`
	Extra string
}

// A tag names the embedded field: it is nested, not promoted. "-" drops it.
type Tagged struct {
	Core  `json:"base"`
	Named `json:"-"`
	Note  string `json:"note,omitempty"`
}

type Level int

type WithLevel struct {
	Level
	Name string
}

type hidden int

type WithHidden struct {
	hidden
	Name string
}

func main() {
	b, _ := json.Marshal(Record{ID{1, "id-kind"}, Stamp{2, "today"}, Named{"n", "named-kind"}})
	fmt.Println(string(b))

	var r Record
	json.Unmarshal([]byte(`{"id":9,"kind":"k","Created":"c","Name":"nm"}`), &r)
	fmt.Println(r.ID.ID, r.Stamp.ID, r.ID.Kind, r.Named.Kind, r.Created, r.Name)

	b, _ = json.Marshal(Shallow{Named{"inner", "k"}, "outer"})
	fmt.Println(string(b))
	var sh Shallow
	json.Unmarshal([]byte(`{"Name":"x","Kind":"y"}`), &sh)
	fmt.Println(sh.Name, sh.Named.Name == "", sh.Kind)

	o := Outer{Inner: &Inner{Core: Core{Core: "c", Level: 1}, Label: "l"}, Level: 2}
	b, _ = json.Marshal(o)
	fmt.Println(string(b))
	b, _ = json.Marshal(Outer{Extra: "no inner"})
	fmt.Println(string(b))

	var o2 Outer
	err := json.Unmarshal([]byte(`{"core":"cc","label":"ll","level":5}`), &o2)
	fmt.Println(err, o2.Inner != nil, o2.Core.Core, o2.Label, o2.Level, o2.Inner.Level)

	b, _ = json.Marshal(Tagged{Core: Core{Core: "t"}, Named: Named{Name: "gone"}})
	fmt.Println(string(b))
	var tg Tagged
	json.Unmarshal([]byte(`{"base":{"core":"back","level":3},"Name":"no"}`), &tg)
	fmt.Println(tg.Core.Core, tg.Core.Level, tg.Named.Name == "")

	b, _ = json.Marshal(WithLevel{3, "w"})
	fmt.Println(string(b))
	b, _ = json.Marshal(WithHidden{4, "h"})
	fmt.Println(string(b))
	var wh WithHidden
	json.Unmarshal([]byte(`{"hidden":7,"Name":"z"}`), &wh)
	fmt.Println(wh.hidden, wh.Name)

	list := []Outer{{Inner: &Inner{Label: "a"}}, {}}
	b, _ = json.Marshal(list)
	fmt.Println(string(b))
	var back []Outer
	json.Unmarshal(b, &back)
	fmt.Println(len(back), back[0].Label, back[1].Inner != nil)

	arr := [2]Shallow{{Name: "a0"}, {Named: Named{Kind: "k1"}}}
	b, _ = json.Marshal(arr)
	fmt.Println(string(b))
}
