package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

type Options struct {
	LineNumbers, IgnoreCase, FilesOnly, Invert, Whole bool
}

func Search(pattern string, opts Options, files []string) ([]string, error) {
	var out []string
	multi := len(files) > 1
	if opts.IgnoreCase {
		pattern = strings.ToLower(pattern)
	}
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return out, err
		}
		sc := bufio.NewScanner(f)
		n := 0
		for sc.Scan() {
			n++
			line := sc.Text()
			cmp := line
			if opts.IgnoreCase {
				cmp = strings.ToLower(line)
			}
			match := strings.Contains(cmp, pattern)
			if opts.Whole {
				match = cmp == pattern
			}
			if match == opts.Invert {
				continue
			}
			if opts.FilesOnly {
				out = append(out, filepath.Base(path))
				break
			}
			s := line
			if opts.LineNumbers {
				s = fmt.Sprintf("%d:%s", n, s)
			}
			if multi {
				s = filepath.Base(path) + ":" + s
			}
			out = append(out, s)
		}
		f.Close()
	}
	return out, nil
}

func main() {
	dir, err := os.MkdirTemp("", "grep57")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	texts := map[string]string{
		"iliad.txt":     "Achilles sing, O Goddess!\nOf Peleus' son Achilles\nThe ruinous wrath\n",
		"midsummer.txt": "I do entreat your grace to pardon me.\nI know not by what power I am made bold,\n",
		"paradise.txt":  "Of Mans First Disobedience, and the Fruit\nSing Heav'nly Muse\nThat Shepherd, who first taught\n",
	}
	var paths []string
	for _, name := range []string{"iliad.txt", "midsummer.txt", "paradise.txt"} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(texts[name]), 0o644); err != nil {
			fmt.Println(err)
			return
		}
		paths = append(paths, p)
	}
	cases := []struct {
		pat  string
		opts Options
		n    int
	}{
		{"Achilles", Options{}, 1},
		{"achilles", Options{IgnoreCase: true, LineNumbers: true}, 1},
		{"Of", Options{}, 3},
		{"sing", Options{IgnoreCase: true, FilesOnly: true}, 3},
		{"The ruinous wrath", Options{Whole: true}, 1},
		{"I", Options{Invert: true, LineNumbers: true}, 2},
	}
	for _, c := range cases {
		got, err := Search(c.pat, c.opts, paths[:c.n])
		fmt.Printf("%q %+v -> %d %q %v\n", c.pat, c.opts, len(got), got, err)
	}
	_, err = Search("x", Options{}, []string{filepath.Join(dir, "missing.txt")})
	fmt.Println(err != nil, os.IsNotExist(err))
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), info.Size(), e.IsDir())
	}
}
