package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"sort"
	"time"
)

func main() {
	files := []struct {
		Name, Body string
	}{
		{"readme.txt", "This archive contains text files."},
		{"gopher.txt", "Gopher names:\nGeorge\nGeoffrey\nGonzo"},
		{"notes/todo.txt", "Get animal handling licence.\nWrite more examples."},
		{"notes/", ""},
	}

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	stamp := time.Date(2024, 1, 2, 3, 4, 6, 0, time.UTC)
	for _, f := range files {
		hdr := &zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: stamp}
		if f.Name[len(f.Name)-1] == '/' {
			hdr.Method = zip.Store
		}
		w, err := zw.CreateHeader(hdr)
		if err != nil {
			fmt.Println("create:", err)
			return
		}
		io.WriteString(w, f.Body)
	}
	zw.SetComment("made in memory")
	if err := zw.Close(); err != nil {
		fmt.Println("close:", err)
		return
	}
	fmt.Println("archive is non-empty:", buf.Len() > 100)

	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		fmt.Println("open:", err)
		return
	}
	fmt.Println("comment:", zr.Comment, "entries:", len(zr.File))
	sort.Slice(zr.File, func(i, j int) bool { return zr.File[i].Name < zr.File[j].Name })
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			fmt.Println(err)
			continue
		}
		body, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Printf("%-15s dir=%-5v size=%-3d modified=%s lines=%d\n",
			f.Name, f.FileInfo().IsDir(), f.UncompressedSize64,
			f.Modified.UTC().Format(time.DateTime), bytes.Count(body, []byte("\n"))+1)
	}

	rc, err := zr.Open("gopher.txt")
	if err == nil {
		b, _ := io.ReadAll(rc)
		fmt.Printf("via fs: %q\n", b[:13])
		rc.Close()
	}
	_, err = zr.Open("missing.txt")
	fmt.Println("missing:", err)
	_, err = zip.NewReader(bytes.NewReader([]byte("nope")), 4)
	fmt.Println("not a zip:", err)
}
