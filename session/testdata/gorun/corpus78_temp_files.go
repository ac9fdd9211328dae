package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

type Row struct {
	Name  string
	Score int
}

func main() {
	dir, err := os.MkdirTemp("", "gogil-demo-*")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "scores.csv")
	f, err := os.Create(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	w := csv.NewWriter(f)
	w.Write([]string{"name", "score"})
	for _, r := range []Row{{"ann", 91}, {"bob", 78}, {"cy, jr", 85}} {
		w.Write([]string{r.Name, strconv.Itoa(r.Score)})
	}
	w.Flush()
	f.Close()

	data, _ := os.ReadFile(path)
	fmt.Print(string(data))
	info, _ := os.Stat(path)
	fmt.Println(info.Name(), info.Size(), info.IsDir())

	in, _ := os.Open(path)
	defer in.Close()
	r := csv.NewReader(in)
	header, _ := r.Read()
	fmt.Println("columns:", header)
	var rows []Row
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		n, _ := strconv.Atoi(rec[1])
		rows = append(rows, Row{rec[0], n})
	}
	fmt.Printf("%+v\n", rows)

	log := filepath.Join(dir, "log.txt")
	lf, _ := os.OpenFile(log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	bw := bufio.NewWriter(lf)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(bw, "line %d\n", i)
	}
	bw.Flush()
	lf.Close()
	lf, _ = os.Open(log)
	sc := bufio.NewScanner(lf)
	for sc.Scan() {
		fmt.Println(strings.ToUpper(sc.Text()))
	}
	lf.Close()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), filepath.Ext(e.Name()))
	}
	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(err != nil, os.IsNotExist(err))
}
