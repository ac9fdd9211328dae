package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	paths := []string{
		"/home/gopher/projects/report.final.pdf",
		"data/2024/sales.csv",
		"archive.tar.gz",
		"/etc/hosts",
		"./relative/../dir/file.txt",
		"noext",
	}
	for _, p := range paths {
		ext := filepath.Ext(p)
		base := filepath.Base(p)
		stem := strings.TrimSuffix(base, ext)
		fmt.Printf("%-40s dir=%-28s base=%-18s ext=%-5q stem=%s\n",
			p, filepath.Dir(p), base, ext, stem)
	}

	fmt.Println(filepath.Join("a", "b", "../c", "d.txt"))
	fmt.Println(filepath.Join("/", "usr", "local", "bin"))
	fmt.Println(filepath.Clean("a//b/./c/.."))
	fmt.Println(filepath.IsAbs("/tmp"), filepath.IsAbs("tmp"))

	rels := [][2]string{
		{"/a/b", "/a/b/c/d"},
		{"/a/b/c", "/a/x"},
		{"/a", "/a"},
	}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%s, %s) = %s %v\n", r[0], r[1], rel, err)
	}
	_, err := filepath.Rel("/a", "b")
	fmt.Println("mixed:", err)

	dir, file := filepath.Split("/var/log/syslog")
	fmt.Printf("split: %q %q\n", dir, file)
	fmt.Println(filepath.SplitList("/usr/bin:/bin:/usr/local/bin"))
	matched, _ := filepath.Match("*.go", "main.go")
	fmt.Println("match *.go:", matched)
	matched, _ = filepath.Match("data/*/sales.csv", "data/2024/sales.csv")
	fmt.Println("match nested:", matched)
	fmt.Println(path.Join("x", "y", "z"))
	fmt.Println(strings.Join(strings.Split(filepath.ToSlash("a/b/c"), "/"), " > "))
}
