package notebook

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gogil/gogil/internal/testkit"
)

var update = flag.Bool("update", false, "rewrite testdata/sample.ipynb")

func intp(n int) *int { return &n }

// sample uses every cell and output type, and strings that trip naive
// writers: HTML, non-ASCII, no final newline, blank lines.
func sample() *Notebook {
	nb := New()
	nb.Metadata.Other = map[string]any{
		"authors": []any{map[string]any{"name": "Ada"}},
		"ratio":   json.Number("0.25"),
	}
	md := &Cell{ID: "intro", Type: Markdown, Source: "# Release the GIL\n\nCells are *Go* — émoji ☕ & <b>html</b>"}
	code := &Cell{ID: "cell-2", Type: Code, Source: "import \"fmt\"\n\nfmt.Println(\"hi\")\n6*7", ExecutionCount: intp(1),
		Metadata: map[string]any{"tags": []any{"demo"}}}
	code.AppendOutput(NewStream("stdout", "hi\n"))
	code.AppendOutput(NewStream("stderr", "warn\n"))
	code.AppendOutput(NewDisplayData(MIMEBundle{
		"text/html":        "<b>hi</b>\n<i>there</i>",
		"text/plain":       "hi",
		"image/png":        "iVBORw0KGgo=",
		"application/json": map[string]any{"a": json.Number("1"), "b": []any{"x"}},
	}, map[string]any{"isolated": true}))
	code.AppendOutput(NewExecuteResult(1, MIMEBundle{"text/plain": "42"}, nil))
	failing := &Cell{ID: "boom", Type: Code, Source: "panic(\"boom\")", ExecutionCount: intp(2)}
	failing.AppendOutput(NewError("panic", "boom", []string{"\x1b[31mpanic: boom\x1b[0m", "goroutine 1"}))
	never := &Cell{ID: "never", Type: Code}
	raw := &Cell{ID: "raw_1", Type: Raw, Source: "raw\ntext\n", Attachments: map[string]MIMEBundle{
		"dot.png": {"image/png": "iVBORw0KGgo="},
	}}
	nb.Cells = []*Cell{md, code, failing, never, raw}
	return nb
}

func marshal(t testing.TB, nb *Notebook) []byte {
	t.Helper()
	data, err := Marshal(nb)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestGoldenLayout(t *testing.T) {
	got := marshal(t, sample())
	path := filepath.Join("testdata", "sample.ipynb")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("Marshal(sample()) differs from %s (run with -update if intended):\n%s", path, got)
	}
	for _, must := range []string{"\n \"cells\": [\n", "<b>hi</b>", "émoji ☕ &", "   \"source\": [\n    \"# Release the GIL\\n\",\n"} {
		if !bytes.Contains(got, []byte(must)) {
			t.Errorf("output lacks %q", must)
		}
	}
	if !bytes.HasSuffix(got, []byte("}\n")) {
		t.Error("output does not end with a newline")
	}
}

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		nb   *Notebook
	}{
		{"sample", sample()},
		{"empty", New()},
		{"no metadata", &Notebook{Cells: []*Cell{NewCodeCell("x := 1")}}},
		{"crlf and blank lines", &Notebook{Cells: []*Cell{NewMarkdownCell("a\r\n\n\nb\n\n")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := marshal(t, tt.nb)
			back, err := Parse(first)
			if err != nil {
				t.Fatalf("Parse(Marshal(nb)): %v\n%s", err, first)
			}
			assertSameNotebook(t, back, tt.nb)
			if second := marshal(t, back); !bytes.Equal(first, second) {
				t.Errorf("second Marshal differs:\n%s\n---\n%s", first, second)
			}
		})
	}
}

func TestParseSourceForms(t *testing.T) {
	const doc = `{"nbformat": 4, "nbformat_minor": 4, "metadata": {}, "cells": [
	  {"cell_type": "code", "metadata": {}, "execution_count": null, "outputs": [
	    {"output_type": "stream", "name": "stdout", "text": "one\ntwo\n"},
	    {"output_type": "execute_result", "execution_count": 3, "metadata": {},
	     "data": {"text/plain": ["4", "2"], "application/vnd.x+json": ["kept", "as list"]}}],
	   "source": ["a := 1\n", "b := 2"]},
	  {"cell_type": "markdown", "metadata": {}, "source": "whole\nstring"}]}`
	nb, err := Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if got := nb.Cells[0].Source; got != "a := 1\nb := 2" {
		t.Errorf("list source = %q", got)
	}
	if got := nb.Cells[1].Source; got != "whole\nstring" {
		t.Errorf("string source = %q", got)
	}
	if got := nb.Cells[0].Outputs[0].Text; got != "one\ntwo\n" {
		t.Errorf("stream text = %q", got)
	}
	result := nb.Cells[0].Outputs[1]
	if result.Data["text/plain"] != "42" || *result.ExecutionCount != 3 {
		t.Errorf("execute_result = %#v", result)
	}
	if _, isList := result.Data["application/vnd.x+json"].([]any); !isList {
		t.Errorf("JSON MIME value was joined: %#v", result.Data["application/vnd.x+json"])
	}
	if nb.Cells[0].ID != "" || nb.FormatMinor != 4 {
		t.Errorf("Parse invented ids or upgraded: id %q minor %d", nb.Cells[0].ID, nb.FormatMinor)
	}
	marshal(t, nb)
	if nb.FormatMinor != 5 || !validID(nb.Cells[0].ID) || !validID(nb.Cells[1].ID) {
		t.Errorf("Marshal did not normalize to 4.5 with ids: minor %d ids %q %q",
			nb.FormatMinor, nb.Cells[0].ID, nb.Cells[1].ID)
	}
}

func TestParseRejects(t *testing.T) {
	tests := []struct {
		name, doc, want string
	}{
		{"not json", `{`, "unexpected EOF"},
		{"no version", `{"cells": []}`, "no nbformat"},
		{"version 3", `{"nbformat": 3, "worksheets": []}`, "nbformat is 3"},
		{"unknown cell", `{"nbformat": 4, "cells": [{"cell_type": "heading"}]}`, "unknown cell_type"},
		{"null cell", `{"nbformat": 4, "cells": [null]}`, "cell 0 is null"},
		{"unknown output", `{"nbformat": 4, "cells": [{"cell_type": "code", "outputs": [{"output_type": "pyout"}]}]}`, "unknown output_type"},
		{"numeric source", `{"nbformat": 4, "cells": [{"cell_type": "code", "source": 7}]}`, "string or a list"},
		{"trailing data", `{"nbformat": 4, "cells": []} {}`, "trailing data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.doc))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Parse error = %v, want one containing %q", err, tt.want)
			}
		})
	}
	if _, err := Parse([]byte(`{"nbformat": 3}`)); !errors.Is(err, ErrFormat) {
		t.Errorf("version error %v does not wrap ErrFormat", err)
	}
}

func TestNormalizeIDs(t *testing.T) {
	nb := &Notebook{FormatMinor: 2, Cells: []*Cell{
		{Type: Code, ID: "same"}, {Type: Code, ID: "same"}, {Type: Raw, ID: "bad id!"},
		{Type: Raw}, {Type: Raw, ID: strings.Repeat("x", 65)},
	}}
	nb.Normalize()
	seen := map[string]bool{}
	for i, cell := range nb.Cells {
		if !validID(cell.ID) || seen[cell.ID] {
			t.Errorf("cell %d id %q invalid or repeated", i, cell.ID)
		}
		seen[cell.ID] = true
	}
	if nb.Cells[0].ID != "same" {
		t.Errorf("first of duplicate ids was renamed to %q", nb.Cells[0].ID)
	}
	if nb.Format != 4 || nb.FormatMinor != 5 {
		t.Errorf("version %d.%d", nb.Format, nb.FormatMinor)
	}
}

func TestAppendOutput(t *testing.T) {
	display := NewDisplayData(MIMEBundle{"text/plain": "d"}, nil)
	tests := []struct {
		name  string
		steps func(c *Cell)
		want  []Output
	}{
		{"consecutive stdout merges", func(c *Cell) {
			c.AppendOutput(NewStream("stdout", "a"))
			c.AppendOutput(NewStream("stdout", "b\n"))
		}, []Output{NewStream("stdout", "ab\n")}},
		{"stdout then stderr stay apart", func(c *Cell) {
			c.AppendOutput(NewStream("stdout", "a"))
			c.AppendOutput(NewStream("stderr", "b"))
			c.AppendOutput(NewStream("stdout", "c"))
		}, []Output{NewStream("stdout", "a"), NewStream("stderr", "b"), NewStream("stdout", "c")}},
		{"display between streams", func(c *Cell) {
			c.AppendOutput(NewStream("stdout", "a"))
			c.AppendOutput(display)
			c.AppendOutput(NewStream("stdout", "b"))
		}, []Output{NewStream("stdout", "a"), display, NewStream("stdout", "b")}},
		{"clear now", func(c *Cell) {
			c.AppendOutput(NewStream("stdout", "a"))
			c.ClearOutputs(false)
		}, nil},
		{"clear with wait keeps outputs until the next", func(c *Cell) {
			c.AppendOutput(NewStream("stdout", "a"))
			c.ClearOutputs(true)
			if len(c.Outputs) != 1 {
				t.Errorf("ClearOutputs(true) cleared at once")
			}
			c.AppendOutput(NewStream("stdout", "b"))
		}, []Output{NewStream("stdout", "b")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewCodeCell("")
			tt.steps(c)
			if !reflect.DeepEqual(c.Outputs, tt.want) {
				t.Fatalf("outputs = %#v\nwant %#v", c.Outputs, tt.want)
			}
		})
	}
}

func TestWriteRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.ipynb")
	nb := sample()
	if err := Write(path, nb); err != nil {
		t.Fatal(err)
	}
	back, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	assertSameNotebook(t, back, nb)
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("Write left temporary files: %v", entries)
	}
	if err := Write(filepath.Join(t.TempDir(), "missing", "x.ipynb"), nb); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("Write into a missing folder: %v", err)
	}
}

// Jupyter's own nbformat must accept what we write and, writing it back,
// produce the same bytes: that is what "written as Jupyter does" means.
func TestNbformatAgrees(t *testing.T) {
	python := testkit.RequireJupyter(t, "nbformat")
	dir := t.TempDir()
	tests := []struct {
		name string
		nb   *Notebook
	}{
		{"sample", sample()},
		{"empty", New()},
		{"upgraded 4.4", mustParse(t, `{"nbformat": 4, "nbformat_minor": 4, "metadata": {}, "cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": null, "source": "x"}]}`)},
	}
	const check = `
import sys, nbformat
path = sys.argv[1]
nb = nbformat.read(path, 4)
nbformat.validate(nb)
with open(path, encoding="utf-8") as f:
    ours = f.read()
theirs = nbformat.writes(nb) + "\n"
if ours != theirs:
    sys.exit("nbformat would write it differently:\n" + theirs)
`
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name+".ipynb")
			if err := Write(path, tt.nb); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(python, "-c", check, path).CombinedOutput()
			if err != nil {
				data, _ := os.ReadFile(path)
				t.Fatalf("nbformat rejects our notebook: %v\n%s\nours:\n%s", err, out, data)
			}
		})
	}
}

func mustParse(t *testing.T, doc string) *Notebook {
	t.Helper()
	nb, err := Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	return nb
}

func assertSameNotebook(t *testing.T, got, want *Notebook) {
	t.Helper()
	if len(got.Cells) != len(want.Cells) {
		t.Fatalf("%d cells, want %d", len(got.Cells), len(want.Cells))
	}
	for i := range got.Cells {
		if !reflect.DeepEqual(got.Cells[i], want.Cells[i]) {
			t.Errorf("cell %d:\n got %#v\nwant %#v", i, *got.Cells[i], *want.Cells[i])
		}
	}
	if !reflect.DeepEqual(got.Metadata, want.Metadata) {
		t.Errorf("metadata:\n got %#v\nwant %#v", got.Metadata, want.Metadata)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("notebooks differ:\n got %#v\nwant %#v", *got, *want)
	}
}
