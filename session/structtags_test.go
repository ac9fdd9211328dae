package session

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"

	"github.com/gogil/gogil/session/cellfmt"
	"github.com/gogil/gogil/session/cellsrc"
)

// cellfmt.UserTag undoes what cellsrc.RewriteHiddenFieldTags adds, for
// every tag a user may have written on an unexported field.
func TestUserTagUndoesHiddenFieldTags(t *testing.T) {
	tags := []string{"", `json:"-"`, `xml:"-"`, `json:"-" xml:"-"`, `json:"a,omitempty"`, `db:"x"`, `xml:"c"  db:"y"`}
	for _, tag := range tags {
		src := "package p\ntype T struct{ f int " + "`" + tag + "`" + " }\n"
		if tag == "" {
			src = "package p\ntype T struct{ f int }\n"
		}
		file, err := parser.ParseFile(token.NewFileSet(), "", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		cellsrc.RewriteHiddenFieldTags(file)
		var got string
		ast.Inspect(file, func(n ast.Node) bool {
			if f, ok := n.(*ast.Field); ok && f.Tag != nil {
				got, _ = strconv.Unquote(f.Tag.Value)
			}
			return true
		})
		if back := cellfmt.UserTag(got); back != tag {
			t.Errorf("tag %q: rewritten %q, given back as %q", tag, got, back)
		}
	}
}
