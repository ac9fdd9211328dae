package session

import (
	"context"
	"strings"
	"testing"
)

// Cells whose values encoding/json or encoding/xml would write wrongly
// from the interpreter's reflect types end in an error naming the cause;
// the shapes the interpreter gets right still run.
func TestEncodingCellStructShapes(t *testing.T) {
	cases := []struct {
		name, code, want, err string
	}{
		{name: "embedded struct promoted by json",
			code: "import \"encoding/json\"\ntype Base struct{ ID int }\ntype Item struct {\n\tBase\n\tName string\n}\nb, _ := json.Marshal(Item{Base{1}, \"x\"})\nfmt.Println(string(b))\n",
			want: `{"ID":1,"Name":"x"}` + "\n"},
		{name: "embedded pointer, json.Unmarshal",
			code: "import \"encoding/json\"\ntype Audit struct{ By string }\ntype Rec struct {\n\t*Audit\n\tN int\n}\nvar r Rec\njson.Unmarshal([]byte(`{\"By\":\"me\",\"N\":2}`), &r)\nfmt.Println(r.Audit != nil && r.By == \"me\", r.N)\n",
			want: "true 2\n"},
		{name: "embedded mutex in a slice element",
			code: "import (\"encoding/json\"; \"sync\")\ntype C struct {\n\tsync.Mutex\n\tN int\n}\nb, _ := json.Marshal([]*C{{N: 1}})\nfmt.Println(string(b))\n",
			want: `[{"N":1}]` + "\n"},
		{name: "embedded struct promoted by xml",
			code: "import \"encoding/xml\"\ntype Base struct{ ID int }\ntype Item struct {\n\tXMLName xml.Name `xml:\"item\"`\n\tBase\n}\nb, _ := xml.Marshal(Item{})\nfmt.Println(string(b))\n",
			want: "<item><ID>0</ID></item>\n"},
		{name: "embedded time.Time, whose MarshalJSON Go promotes",
			code: "import (\"encoding/json\"; \"time\")\ntype Event struct {\n\ttime.Time\n\tName string\n}\nb, err := json.Marshal(Event{Name: \"x\"})\nfmt.Println(string(b), err)\n",
			err:  "json.Marshal of a value holding Event, whose MarshalJSON method"},
		{name: "embedded time.Time reached through an any",
			code: "import (\"encoding/json\"; \"time\")\ntype Event struct {\n\ttime.Time\n\tName string\n}\nb, err := json.Marshal([]any{Event{Name: \"x\"}})\nfmt.Println(string(b), err)\n",
			err:  "json.Marshal of a value holding an interface (any) that may hold Event, whose MarshalJSON method"},
		{name: "embedded library struct with fields and methods",
			code: "import (\"encoding/json\"; \"image\")\ntype Spot struct {\n\timage.Point\n\tName string\n}\n_, err := json.Marshal(Spot{})\nfmt.Println(err)\n",
			err:  "gogil cannot run json.Marshal here: Spot embeds image.Point, a library type with methods, whose fields gogil cannot promote (reflect.StructOf cannot embed it beside other fields): name the field"},
		{name: "two cell types of one shape, embedding differently",
			code: "import \"encoding/json\"\ntype Base struct{ ID int }\ntype A struct {\n\tBase\n\tN int\n}\ntype B struct {\n\tBase Base\n\tN int\n}\n_, err := json.Marshal(A{})\nfmt.Println(err)\n",
			err:  "gogil cannot run json.Marshal here: the cell types A and B have the same fields, embedded in one and not in the other, which the interpreter cannot tell apart; give one of them a field of its own"},
		{name: "a recursive type with an embedded field",
			code: "import \"encoding/json\"\ntype Base struct{ ID int }\ntype Node struct {\n\tBase\n\tKids []Node\n}\n_, err := json.Marshal(Node{})\nfmt.Println(err)\n",
			err:  "gogil cannot run json.Marshal here: Node refers to itself through a struct with an embedded field, which gogil cannot copy into a type encoding/json reads as Go would"},
		{name: "decoding into a cell pointer held in an interface field",
			code: "import \"encoding/json\"\ntype Base struct{ ID int }\ntype Item struct {\n\tBase\n\tN int\n}\nv := map[string]any{\"x\": &Item{}}\nerr := json.Unmarshal([]byte(`{\"x\":{\"ID\":1}}`), &v)\nfmt.Println(v[\"x\"], err)\n",
			want: "map[ID:1] <nil>\n"},
		{name: "decoding through an any holding a cell pointer",
			code: "import \"encoding/json\"\ntype Base struct{ ID int }\ntype Item struct {\n\tBase\n\tN int\n}\nvar v any = &Item{}\nerr := json.Unmarshal([]byte(`{\"ID\":1}`), &v)\nfmt.Println(err)\n",
			err:  "gogil cannot run json.Unmarshal here: decoding into a *Item held in an interface, whose fields gogil cannot fill as Go does; decode into a variable of its type"},
		{name: "a value of a cell type in a map of any",
			code: "import \"encoding/json\"\ntype Base struct{ ID int }\ntype Item struct {\n\tBase\n\tN int\n}\nb, _ := json.Marshal(map[string]any{\"a\": []any{Item{Base{1}, 2}, &Item{}}})\nfmt.Println(string(b))\n",
			want: `{"a":[{"ID":1,"N":2},{"ID":0,"N":0}]}` + "\n"},
		{name: "unexported field with a json key",
			code: "import \"encoding/json\"\ntype U struct {\n\tName string `json:\"name\"`\n\tpass string `json:\"pass\"`\n}\nb, _ := json.Marshal(U{\"a\", \"p\"})\nvar u U\njson.Unmarshal([]byte(`{\"pass\":\"q\"}`), &u)\nfmt.Println(string(b), u.pass == \"\")\n",
			want: `{"name":"a"} true` + "\n"},
		{name: "embedded struct in a struct literal type",
			code: "import \"encoding/json\"\ntype Base struct{ ID int }\nv := struct {\n\tBase\n\tN int\n}{}\nb, _ := json.Marshal(v)\nfmt.Println(string(b))\n",
			err:  "declare the struct as such a type"},
		{name: "embedded struct in a generic type",
			code: "import \"encoding/json\"\ntype Base struct{ ID int }\ntype Box[T any] struct {\n\tBase\n\tV T\n}\nb, _ := json.Marshal(Box[int]{})\nfmt.Println(string(b))\n",
			err:  "declare the struct as such a type"},
		{name: "Encoder and Decoder",
			code: "import (\"encoding/json\"; \"os\"; \"strings\")\ntype Base struct{ ID int }\ntype Item struct {\n\t*Base\n\tN int\n}\njson.NewEncoder(os.Stdout).Encode(Item{&Base{3}, 4})\nvar it Item\nerr := json.NewDecoder(strings.NewReader(`{\"ID\":5}`)).Decode(&it)\nfmt.Println(it.ID, err)\n",
			want: `{"ID":3,"N":4}` + "\n5 <nil>\n"},
		{name: "decoding into an embedded pointer to an unexported struct",
			code: "import \"encoding/json\"\ntype meta struct{ By string }\ntype Rec struct {\n\t*meta\n\tN int\n}\nvar r Rec\nfmt.Println(json.Unmarshal([]byte(`{\"N\":1}`), &r))\n",
			err:  "gogil cannot run json.Unmarshal here: Rec embeds *meta, a pointer to an unexported struct type, which Go's encoding/json refuses to allocate when decoding; embed the struct itself or export its type"},
		{name: "xml of an embedded unexported non-struct type",
			code: "import \"encoding/xml\"\ntype level int\ntype Rec struct {\n\tXMLName xml.Name `xml:\"rec\"`\n\tlevel\n\tN int\n}\n_, err := xml.Marshal(Rec{})\nfmt.Println(err)\n",
			err:  "gogil cannot run xml.Marshal here: Rec embeds the unexported non-struct type level, which encoding/xml writes under its name and cannot read in Go; name the field"},
		{name: "embedded field named by its tag",
			code: "import \"encoding/json\"\ntype Base struct{ ID int }\ntype Item struct {\n\tBase `json:\"base\"`\n\tName string\n}\nb, _ := json.Marshal(Item{Base{1}, \"x\"})\nfmt.Println(string(b))\n",
			want: `{"base":{"ID":1},"Name":"x"}` + "\n"},
		{name: "embedded exported non-struct type",
			code: "import \"encoding/json\"\ntype Level int\ntype Item struct {\n\tLevel\n\tName string\n}\nb, _ := json.Marshal(Item{3, \"x\"})\nfmt.Println(string(b))\n",
			want: `{"Level":3,"Name":"x"}` + "\n"},
		{name: "one embedded field",
			code: "import \"encoding/json\"\ntype Base struct{ ID int }\ntype Item struct{ Base }\nb, _ := json.Marshal(Item{Base{1}})\nfmt.Println(string(b))\n",
			want: `{"ID":1}` + "\n"},
		{name: "xml element named after a cell type",
			code: "import \"encoding/xml\"\ntype Author struct{ Name string }\nb, err := xml.Marshal([]Author{{\"a\"}})\nfmt.Println(string(b), err)\n",
			want: "<Author><Name>a</Name></Author> <nil>\n"},
		{name: "xml element named by XMLName",
			code: "import \"encoding/xml\"\ntype Author struct {\n\tXMLName xml.Name `xml:\"author\"`\n\tName string\n}\nb, err := xml.Marshal(Author{Name: \"a\"})\nfmt.Println(string(b), err)\n",
			want: "<author><Name>a</Name></author> <nil>\n"},
		{name: "errors.As to an interface literal",
			code: "import (\"errors\"; \"net/url\")\nvar err error = &url.Error{Op: \"Get\", URL: \"u\", Err: errors.New(\"x\")}\nvar ne interface{ Timeout() bool }\nfmt.Println(errors.As(err, &ne))\n",
			want: "true\n"},
		{name: "errors.As to a cell interface",
			code: "import (\"errors\"; \"net/url\")\ntype timeouter interface{ Timeout() bool }\nvar err error = &url.Error{Op: \"Get\", URL: \"u\", Err: errors.New(\"x\")}\nvar ne timeouter\nfmt.Println(errors.As(err, &ne))\n",
			want: "true\n"},
		{name: "cell values with methods held in interfaces",
			code: "import \"encoding/json\"\ntype P struct{ X int }\nfunc (p P) Area() int { return p.X }\ntype shaper interface{ Area() int }\nb, err := json.Marshal(struct {\n\tS  []shaper\n\tA  any\n}{[]shaper{P{1}}, P{2}})\nfmt.Println(string(b), err)\n",
			want: `{"S":[{"X":1}],"A":{"X":2}} <nil>` + "\n"},
		{name: "an interface that may hold a cell marshaler",
			code: "import \"encoding/json\"\ntype Lvl int\nfunc (l Lvl) MarshalText() ([]byte, error) { return []byte(\"lvl\"), nil }\nb, _ := json.Marshal([]any{Lvl(1)})\nfmt.Println(string(b))\n",
			err:  "json.Marshal of a value holding an interface (any) that may hold Lvl, whose MarshalText method"},
		{name: "errors.As to a library interface",
			code: "import (\"errors\"; \"net\"; \"net/url\")\nvar err error = &url.Error{Op: \"Get\", URL: \"u\", Err: errors.New(\"x\")}\nvar ne net.Error\nfmt.Println(errors.As(err, &ne), ne.Timeout())\n",
			want: "true false\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newSession(t)
			rec := &recorder{}
			_, e := s.Execute(context.Background(), Cell{Code: c.code}, rec)
			switch {
			case c.err != "" && (e == nil || !strings.Contains(e.Error(), c.err)):
				t.Errorf("error %v, printed %q; want an error with %q", e, rec.out(), c.err)
			case c.err != "" && rec.out() != "":
				t.Errorf("printed %q before the error", rec.out())
			case c.err == "" && e != nil:
				t.Errorf("failed: %v", e)
			case c.err == "" && rec.out() != c.want:
				t.Errorf("printed %q, want %q", rec.out(), c.want)
			}
		})
	}
}

// The fields a cell's struct type embeds are known to the cells after it.
func TestEncodingEmbeddedAcrossCells(t *testing.T) {
	s := newSession(t)
	cells := []string{
		"import \"encoding/json\"\ntype Base struct{ ID int `json:\"id\"` }\ntype Doc struct {\n\t*Base\n\tTitle string `json:\"title\"`\n}\n",
		"var d Doc\nerr := json.Unmarshal([]byte(`{\"id\":7,\"title\":\"t\"}`), &d)\n",
		"b, _ := json.Marshal(d)\nfmt.Println(string(b), d.ID, err)\n",
	}
	rec := &recorder{}
	for _, code := range cells {
		if _, err := s.Execute(context.Background(), Cell{Code: code}, rec); err != nil {
			t.Fatalf("%q: %v", code, err)
		}
	}
	if want := `{"id":7,"title":"t"} 7 <nil>` + "\n"; rec.out() != want {
		t.Errorf("printed %q, want %q", rec.out(), want)
	}
}

// encoding/json's error names a field's type as declared, main.Level,
// where the interpreter's reflect type is int: the cell ends in a gap,
// never naming int, and a decode that succeeds runs, as does the error of
// a field declared int.
func TestJSONErrorOfACellBasicTypeIsAGap(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"encoding/json\"\ntype Level int\ntype Cfg struct {\n\tL Level\n\tN int\n}")
	for _, code := range []string{
		"var c Cfg\nfmt.Println(json.Unmarshal([]byte(`{\"L\":\"high\"}`), &c))",
		"var l Level\nfmt.Println(json.Unmarshal([]byte(`\"high\"`), &l))",
	} {
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		if e == nil || !strings.Contains(e.Value, "cannot name the Go type in encoding/json's error") || !e.Unsupported || strings.Contains(rec.out(), "of type int") {
			t.Errorf("%s: error %v, printed %q; want a gap", code, e, rec.out())
		}
	}
	rec, _ := run(t, s, "var c Cfg\nfmt.Println(json.Unmarshal([]byte(`{\"L\":2,\"N\":3}`), &c), c.L, c.N)")
	if got := rec.out(); got != "<nil> 2 3\n" {
		t.Errorf("printed %q", got)
	}
	// A field declared int is an int, as Go's error says.
	rec, _ = run(t, s, "var c Cfg\nfmt.Println(json.Unmarshal([]byte(`{\"N\":\"x\"}`), &c))")
	if got, want := rec.out(), "json: cannot unmarshal string into Go struct field Cfg.N of type int\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}
