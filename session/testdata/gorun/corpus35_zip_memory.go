package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"log"
	"strings"
	"time"
)

type file struct {
	Name, Body string
}

func main() {
	files := []file{
		{"readme.txt", "This archive contains some text files."},
		{"gopher.txt", "Gopher names:\nGeorge\nGeoffrey\nGonzo"},
		{"docs/todo.txt", strings.Repeat("Get animal handling licence.\n", 20)},
	}
	buf := new(bytes.Buffer)
	zw := zip.NewWriter(buf)
	zw.SetComment("made in memory")
	mod := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	for _, f := range files {
		hdr := &zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: mod}
		w, err := zw.CreateHeader(hdr)
		if err != nil {
			log.Fatal(err)
		}
		if _, err := io.WriteString(w, f.Body); err != nil {
			log.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}

	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("comment:", zr.Comment, "entries:", len(zr.File))
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			log.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			log.Fatal(err)
		}
		lines := strings.Count(string(body), "\n")
		fmt.Printf("%-14s size=%4d lines=%2d method=%d mod=%s first=%q\n",
			f.Name, f.UncompressedSize64, lines, f.Method, f.Modified.UTC().Format("2006-01-02"), strings.SplitN(string(body), "\n", 2)[0])
	}

	data, err := fsRead(zr, "gopher.txt")
	fmt.Println(len(data), err)
	_, err = fsRead(zr, "missing.txt")
	fmt.Println("missing:", err)
	_, err = zip.NewReader(bytes.NewReader([]byte("not a zip")), 9)
	fmt.Println("bad archive:", err)
}

func fsRead(zr *zip.Reader, name string) ([]byte, error) {
	f, err := zr.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}
