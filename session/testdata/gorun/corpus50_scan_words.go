package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "c50")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "c50_words.txt")
	text := "the quick brown fox\njumps over the lazy dog\nthe end\n"
	os.WriteFile(path, []byte(text), 0600)
	defer os.Remove(path)

	f, err := os.Open(path)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Split(bufio.ScanWords)
	counts := make(map[string]int)
	total := 0
	for sc.Scan() {
		counts[strings.ToLower(sc.Text())]++
		total++
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range counts {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	fmt.Println("total words:", total, "unique:", len(list))
	for _, e := range list[:4] {
		fmt.Printf("%-6s %d\n", e.w, e.n)
	}

	r := bufio.NewScanner(strings.NewReader("abc"))
	r.Split(bufio.ScanRunes)
	for r.Scan() {
		fmt.Print("[", r.Text(), "]")
	}
	fmt.Println()
}
