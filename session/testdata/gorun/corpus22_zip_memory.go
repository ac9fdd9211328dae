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

func main() {
	buf := new(bytes.Buffer)
	w := zip.NewWriter(buf)
	var files = []struct {
		Name, Body string
	}{
		{"readme.txt", "This archive contains some text files."},
		{"gopher.txt", "Gopher names:\nGeorge\nGeoffrey\nGonzo"},
		{"todo/list.txt", strings.Repeat("Get animal handling licence.\n", 20)},
	}
	mod := time.Date(2020, 1, 2, 3, 4, 6, 0, time.UTC)
	for _, file := range files {
		hdr := &zip.FileHeader{Name: file.Name, Method: zip.Deflate, Modified: mod}
		f, err := w.CreateHeader(hdr)
		if err != nil {
			log.Fatal(err)
		}
		_, err = f.Write([]byte(file.Body))
		if err != nil {
			log.Fatal(err)
		}
	}
	sf, _ := w.CreateHeader(&zip.FileHeader{Name: "stored.bin", Method: zip.Store})
	sf.Write([]byte{0, 1, 2, 3})
	w.SetComment("made in memory")
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	fmt.Println("archive nonempty:", buf.Len() > 100)

	r, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("comment:", r.Comment, "files:", len(r.File))
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			log.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			log.Fatal(err)
		}
		first, _, _ := strings.Cut(string(body), "\n")
		fmt.Printf("%-14s method=%d size=%d crc=%08x mod=%s first=%q\n",
			f.Name, f.Method, f.UncompressedSize64, f.CRC32, f.Modified.UTC().Format("2006-01-02T15:04:05"), first)
	}
	fsys, _ := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	data, err := fsys.Open("todo/list.txt")
	fmt.Println(err == nil)
	st, _ := data.Stat()
	fmt.Println(st.Name(), st.Size(), st.IsDir())
	_, err = fsys.Open("nope.txt")
	fmt.Println(err)

	_, err = zip.NewReader(strings.NewReader("not a zip"), 9)
	fmt.Println("bad archive:", err)
}
