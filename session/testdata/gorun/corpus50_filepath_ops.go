package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

func main() {
	p := filepath.Join("home", "user", "..", "docs", "report.final.pdf")
	fmt.Println(p)
	fmt.Println("base:", filepath.Base(p))
	fmt.Println("ext:", filepath.Ext(p))
	fmt.Println("dir:", filepath.Dir(p))
	fmt.Println("stem:", strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)))
	fmt.Println("clean:", filepath.Clean("/a/b/../c/./d/"))
	fmt.Println("abs?", filepath.IsAbs("/etc"), filepath.IsAbs("etc"))
	dir, file := filepath.Split("/var/log/syslog.1")
	fmt.Printf("split: %q %q\n", dir, file)
	rel, err := filepath.Rel("/a/b", "/a/b/c/d.txt")
	fmt.Println("rel:", rel, err)
	rel, err = filepath.Rel("/a/b/c", "/a/x")
	fmt.Println("rel up:", rel, err)
	_, err = filepath.Rel("/a", "b")
	fmt.Println("rel err:", err)
	patterns := []string{"*.go", "data_??.csv", "[a-c]*", "*"}
	names := []string{"main.go", "data_01.csv", "data_1.csv", "bin", "README"}
	for _, pat := range patterns {
		var hits []string
		for _, n := range names {
			if ok, _ := filepath.Match(pat, n); ok {
				hits = append(hits, n)
			}
		}
		fmt.Printf("%-12s %v\n", pat, hits)
	}
	_, err = filepath.Match("[", "x")
	fmt.Println("bad pattern:", err)
	fmt.Println(filepath.SplitList("/bin:/usr/bin"))
}
