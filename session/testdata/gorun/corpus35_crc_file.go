package main

import (
	"bufio"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
)

type entry struct {
	name string
	data string
}

func checksumFile(path string) (uint32, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	h := crc32.NewIEEE()
	n, err := io.Copy(h, bufio.NewReader(f))
	return h.Sum32(), n, err
}

func main() {
	dir, err := os.MkdirTemp("", "corpus35-crc")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	entries := []entry{{"a.txt", "alpha\n"}, {"b.txt", "bravo bravo\n"}, {"empty.txt", ""}}
	sums := map[string]uint32{}
	for _, e := range entries {
		p := filepath.Join(dir, e.name)
		if err := os.WriteFile(p, []byte(e.data), 0o644); err != nil {
			fmt.Println(err)
			return
		}
		sum, n, err := checksumFile(p)
		if err != nil {
			fmt.Println(err)
			return
		}
		sums[e.name] = sum
		fmt.Printf("%-9s %3d bytes crc=%08x\n", e.name, n, sum)
	}

	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte("alpha!\n"), 0o644)
	sum, _, _ := checksumFile(p)
	fmt.Println("a.txt changed:", sum != sums["a.txt"])

	_, _, err = checksumFile(filepath.Join(dir, "missing.txt"))
	fmt.Println("missing is not-exist:", os.IsNotExist(err))
	matches, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	fmt.Println("files:", len(matches), filepath.Base(matches[0]))
}
