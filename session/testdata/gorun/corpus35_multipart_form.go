package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"mime/multipart"
	"net/textproto"
	"strings"
)

func main() {
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	if err := w.SetBoundary("gopher-boundary-42"); err != nil {
		log.Fatal(err)
	}
	fields := [][2]string{{"name", "Gopher"}, {"lang", "Go"}}
	for _, f := range fields {
		w.WriteField(f[0], f[1])
	}
	fw, err := w.CreateFormFile("upload", "notes.txt")
	if err != nil {
		log.Fatal(err)
	}
	io.WriteString(fw, "line one\nline two\n")
	hdr := textproto.MIMEHeader{}
	hdr.Set("Content-Type", "application/json")
	hdr.Set("X-Custom", "yes")
	pw, _ := w.CreatePart(hdr)
	pw.Write([]byte(`{"ok":true}`))
	w.Close()
	fmt.Println("content-type:", w.FormDataContentType())
	fmt.Println("body lines:", strings.Count(body.String(), "\r\n"))

	r := multipart.NewReader(&body, w.Boundary())
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		data, _ := io.ReadAll(p)
		fmt.Printf("part form=%q file=%q type=%q custom=%q data=%q\n",
			p.FormName(), p.FileName(), p.Header.Get("Content-Type"), p.Header.Get("X-Custom"), data)
	}

	err = multipart.NewWriter(io.Discard).SetBoundary("bad boundary!\n")
	fmt.Println("bad boundary:", err)
}
