package main

import (
	"fmt"
	"mime"
	"sort"
)

func main() {
	headers := []string{
		`text/html; charset=UTF-8`,
		`multipart/form-data; boundary="----abc123"`,
		`application/json`,
		`TEXT/Plain; Format=Flowed; charset=us-ascii`,
		`attachment; filename="report 2024.pdf"`,
		`text/;;`,
	}
	for _, h := range headers {
		mt, params, err := mime.ParseMediaType(h)
		if err != nil {
			fmt.Printf("%-45q error: %v\n", h, err)
			continue
		}
		keys := make([]string, 0, len(params))
		for k := range params {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("%-45q type=%s", h, mt)
		for _, k := range keys {
			fmt.Printf(" %s=%q", k, params[k])
		}
		fmt.Println()
	}

	fmt.Println(mime.FormatMediaType("text/plain", map[string]string{"charset": "utf-8", "name": "a b.txt"}))
	fmt.Println(mime.FormatMediaType("attachment", map[string]string{"filename": "résumé.pdf"}))
	fmt.Printf("%q\n", mime.FormatMediaType("bad type", nil))

	fmt.Println(mime.QEncoding.Encode("utf-8", "Héllo wörld"))
	fmt.Println(mime.BEncoding.Encode("UTF-8", "Gopher ¡Hola!"))
	fmt.Println(mime.QEncoding.Encode("utf-8", "plain ascii"))

	dec := new(mime.WordDecoder)
	for _, w := range []string{"=?utf-8?q?H=C3=A9llo_w=C3=B6rld?=", "=?UTF-8?b?R29waGVyIMKhSG9sYSE=?=", "=?iso-8859-1?q?caf=E9?=", "=?bogus"} {
		s, err := dec.DecodeHeader(w)
		fmt.Printf("%q %v\n", s, err)
	}
}
