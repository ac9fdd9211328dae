package gorun

import "testing"

func TestAsCellKeepsRawStringIndentation(t *testing.T) {
	src := "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tconst s = `a\n\tb\n`\n\tif true {\n\t\tfmt.Print(s)\n\t}\n}\n"
	got, err := AsCell("x.go", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := "import \"fmt\"\n\nconst s = `a\n\tb\n`\nif true {\n\tfmt.Print(s)\n}\n"
	if got != want {
		t.Errorf("AsCell:\n%s\nwant:\n%s", got, want)
	}
}
