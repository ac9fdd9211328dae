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
			err:  "add a field XMLName xml.Name `xml:\"Author\"`"},
		{name: "xml element named by XMLName",
			code: "import \"encoding/xml\"\ntype Author struct {\n\tXMLName xml.Name `xml:\"author\"`\n\tName string\n}\nb, err := xml.Marshal(Author{Name: \"a\"})\nfmt.Println(string(b), err)\n",
			want: "<author><Name>a</Name></author> <nil>\n"},
		{name: "errors.As to an interface literal",
			code: "import (\"errors\"; \"net/url\")\nvar err error = &url.Error{Op: \"Get\", URL: \"u\", Err: errors.New(\"x\")}\nvar ne interface{ Timeout() bool }\nfmt.Println(errors.As(err, &ne))\n",
			err:  "errors.As with a target of an interface type written in a cell (interface{Timeout() bool})"},
		{name: "errors.As to a cell interface",
			code: "import (\"errors\"; \"net/url\")\ntype timeouter interface{ Timeout() bool }\nvar err error = &url.Error{Op: \"Get\", URL: \"u\", Err: errors.New(\"x\")}\nvar ne timeouter\nfmt.Println(errors.As(err, &ne))\n",
			err:  "errors.As with a target of an interface type written in a cell (main.timeouter)"},
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
