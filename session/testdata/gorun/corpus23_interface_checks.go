package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type RawMessage []byte

func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

var _ json.Marshaler = RawMessage(nil)
var _ json.Marshaler = (*Color)(nil)

type Color struct{ R, G, B uint8 }

func (c *Color) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"#%02x%02x%02x"`, c.R, c.G, c.B)), nil
}

type Upper string

func (u Upper) MarshalText() ([]byte, error) {
	return []byte(strings.ToUpper(string(u))), nil
}

type Doc struct {
	Raw   RawMessage `json:"raw"`
	Color *Color     `json:"color"`
	Name  Upper      `json:"name"`
	Skip  int        `json:"-"`
	Opt   string     `json:"opt,omitempty"`
}

func main() {
	d := Doc{Raw: RawMessage(`{"a":1}`), Color: &Color{255, 128, 0}, Name: "gopher", Skip: 3}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)

	var m json.Marshaler = &Color{1, 2, 3}
	if _, ok := m.(*Color); ok {
		out, _ := m.MarshalJSON()
		fmt.Println(string(out))
	}
	var v any = d.Name
	if tm, ok := v.(interface{ MarshalText() ([]byte, error) }); ok {
		t, _ := tm.MarshalText()
		fmt.Println(string(t))
	}
	mp := map[Upper]int{"k": 1}
	b, _ = json.Marshal(mp)
	fmt.Println(string(b))
}
