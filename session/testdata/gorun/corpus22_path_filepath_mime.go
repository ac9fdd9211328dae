package main

import (
	"fmt"
	"io/fs"
	"mime"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	fmt.Println(path.Join("a", "b/../c", "/d"), path.Clean("/../a//b/./c/.."))
	fmt.Println(path.Base("/a/b.txt"), path.Dir("/a/b.txt"), path.Ext("x.tar.gz"), path.IsAbs("a/b"))
	dir, file := path.Split("static/css/site.css")
	fmt.Println(dir, file)
	ok, err := path.Match("*.go", "main.go")
	fmt.Println(ok, err)
	_, err = path.Match("[", "x")
	fmt.Println(err)

	fmt.Println(filepath.Join("usr", "local", "..", "bin"), string(filepath.Separator))
	fmt.Println(filepath.ToSlash(filepath.Join("a", "b")), filepath.FromSlash("x/y"))
	rel, err := filepath.Rel("/a/b", "/a/c/d")
	fmt.Println(rel, err)
	fmt.Println(filepath.SplitList("/bin:/usr/bin"), filepath.VolumeName("/x"))
	name := "report.final.pdf"
	fmt.Println(strings.TrimSuffix(name, filepath.Ext(name)))

	root, err := os.MkdirTemp("", "corpus22-walk")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(root)
	for _, f := range []string{"a.txt", "sub/b.go", "sub/deep/c.go", "sub/deep/d.md", ".hidden/e.txt"} {
		p := filepath.Join(root, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(f), 0o644)
	}
	var seen []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		r, _ := filepath.Rel(root, p)
		if d.IsDir() {
			r += "/"
		}
		seen = append(seen, r)
		return nil
	})
	fmt.Println(seen)
	matches, _ := filepath.Glob(filepath.Join(root, "sub", "*", "*.go"))
	for i := range matches {
		matches[i], _ = filepath.Rel(root, matches[i])
	}
	fmt.Println(matches)
	goFiles, _ := fs.Glob(os.DirFS(root), "**/*.go")
	sort.Strings(goFiles)
	fmt.Println(goFiles)

	for _, ext := range []string{".html", ".json", ".png", ".css", ".svg", ".unknownext"} {
		fmt.Printf("%s -> %q\n", ext, mime.TypeByExtension(ext))
	}
	mt, params, err := mime.ParseMediaType(`text/html; charset="UTF-8"; q=0.9`)
	fmt.Println(mt, params["charset"], params["q"], err)
	_, _, err = mime.ParseMediaType("bad/;;")
	fmt.Println(err)
	fmt.Println(mime.FormatMediaType("multipart/form-data", map[string]string{"boundary": "xyz", "a": "b c"}))
	fmt.Println(mime.QEncoding.Encode("utf-8", "¡Hola!"))
	dec := new(mime.WordDecoder)
	s, err := dec.DecodeHeader("=?utf-8?q?caf=C3=A9?= time")
	fmt.Println(s, err)
}
