package main

import (
	"fmt"
	"path"
)

func main() {
	paths := []string{"/a/b/c.txt", "a//b/../c/", "/", "", "img.tar.gz", "../x/./y"}
	for _, p := range paths {
		dir, file := path.Split(p)
		fmt.Printf("%-12q clean=%-8q base=%-8q dir=%-6q ext=%-5q split=(%q,%q) abs=%t\n",
			p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), dir, file, path.IsAbs(p))
	}
	fmt.Println(path.Join("a", "b", "../c", "/d"))
	fmt.Println(path.Join("", ""))
	fmt.Println(path.Join("/", "usr", "local", "bin"))

	patterns := []string{"*.go", "a/*/c", "[a-c]?.md", "\\*", "[]"}
	names := []string{"main.go", "a/b/c", "b1.md", "*", "x"}
	for _, pat := range patterns {
		for _, n := range names {
			ok, err := path.Match(pat, n)
			if err != nil {
				fmt.Printf("%s: error %v\n", pat, err)
				break
			}
			if ok {
				fmt.Printf("%s matches %s\n", pat, n)
			}
		}
	}
}
