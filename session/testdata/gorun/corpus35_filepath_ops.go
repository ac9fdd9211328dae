package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

func stem(p string) string {
	base := filepath.Base(p)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func main() {
	root := filepath.Join("home", "gopher", "projects")
	files := []string{
		filepath.Join(root, "app", "main.go"),
		filepath.Join(root, "app", "main_test.go"),
		filepath.Join(root, "lib", "util.go"),
		filepath.Join(root, "README.md"),
		filepath.Join(root, "docs", "guide.tar.gz"),
	}
	for _, f := range files {
		rel, err := filepath.Rel(root, f)
		if err != nil {
			fmt.Println("rel error:", err)
			continue
		}
		fmt.Printf("%-22s stem=%-10s ext=%-4s dir=%s\n", rel, stem(f), filepath.Ext(f), filepath.Dir(rel))
	}

	byExt := map[string][]string{}
	for _, f := range files {
		e := filepath.Ext(f)
		byExt[e] = append(byExt[e], filepath.Base(f))
	}
	for _, e := range []string{".go", ".md", ".gz", ".py"} {
		fmt.Println(e, len(byExt[e]), byExt[e])
	}

	matched, _ := filepath.Match("*_test.go", "main_test.go")
	fmt.Println("test file:", matched)
	fmt.Println(filepath.SplitList("/usr/bin:/bin:/usr/local/bin"))
	fmt.Println(filepath.ToSlash(filepath.Join("a", "b")), filepath.FromSlash("x/y/z"))
	fmt.Println(filepath.Clean("/../a/./b//c/.."))
	_, err := filepath.Rel("/abs", "rel")
	fmt.Println("rel mixed:", err)
	fmt.Printf("volume=%q separator=%q\n", filepath.VolumeName("/tmp/x"), string(filepath.Separator))
	fmt.Println(filepath.IsLocal("a/b"), filepath.IsLocal("../a"), filepath.IsLocal("/a"))
}
