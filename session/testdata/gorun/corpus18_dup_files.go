package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func countLines(f *os.File, counts map[string]int, where map[string]map[string]bool) {
	input := bufio.NewScanner(f)
	for input.Scan() {
		line := input.Text()
		counts[line]++
		if where[line] == nil {
			where[line] = map[string]bool{}
		}
		where[line][filepath.Base(f.Name())] = true
	}
}

func main() {
	dir, err := os.MkdirTemp("", "dup")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	files := map[string]string{
		"a.txt": "apple\nbanana\napple\ncherry\n",
		"b.txt": "banana\ndate\napple\n",
		"c.txt": "elder\n",
	}
	var names []string
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			fmt.Println(err)
			return
		}
		names = append(names, p)
	}
	sort.Strings(names)
	names = append(names, filepath.Join(dir, "missing.txt"))

	counts := make(map[string]int)
	where := make(map[string]map[string]bool)
	for _, arg := range names {
		f, err := os.Open(arg)
		if err != nil {
			fmt.Fprintf(os.Stdout, "dup: open %s: no such file\n", filepath.Base(arg))
			continue
		}
		countLines(f, counts, where)
		f.Close()
	}
	var lines []string
	for line, n := range counts {
		if n > 1 {
			lines = append(lines, line)
		}
	}
	sort.Strings(lines)
	for _, line := range lines {
		var fs []string
		for f := range where[line] {
			fs = append(fs, f)
		}
		sort.Strings(fs)
		fmt.Printf("%d\t%s\t%s\n", counts[line], line, strings.Join(fs, ","))
	}
	data, _ := os.ReadFile(filepath.Join(dir, "b.txt"))
	fmt.Printf("%q\n", strings.Split(strings.TrimSpace(string(data)), "\n"))
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), info.Size())
	}
	f, _ := os.OpenFile(filepath.Join(dir, "c.txt"), os.O_APPEND|os.O_WRONLY, 0)
	fmt.Fprintln(f, "fig")
	f.Close()
	data, _ = os.ReadFile(filepath.Join(dir, "c.txt"))
	fmt.Print(string(data))
}
