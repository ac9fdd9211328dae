package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	ID   int    `json:"id"`
	Kind string `json:"kind"`
}

func main() {
	pr, pw := io.Pipe()
	go func() {
		defer pw.Close()
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}

	pr2, pw2 := io.Pipe()
	go func() {
		enc := json.NewEncoder(pw2)
		for i, k := range []string{"start", "tick", "stop"} {
			if err := enc.Encode(Event{i, k}); err != nil {
				pw2.CloseWithError(err)
				return
			}
		}
		pw2.CloseWithError(errors.New("producer done early"))
	}()
	dec := json.NewDecoder(pr2)
	for {
		var e Event
		err := dec.Decode(&e)
		if err != nil {
			fmt.Println("decode stopped:", err)
			break
		}
		fmt.Printf("%+v\n", e)
	}

	pr3, pw3 := io.Pipe()
	go func() {
		gz := gzip.NewWriter(pw3)
		io.Copy(gz, strings.NewReader(strings.Repeat("compress me ", 100)))
		gz.Close()
		pw3.Close()
	}()
	zr, err := gzip.NewReader(pr3)
	if err != nil {
		fmt.Println(err)
		return
	}
	data, err := io.ReadAll(zr)
	fmt.Println(len(data), err, string(data[:11]))

	pr4, pw4 := io.Pipe()
	pr4.Close()
	_, err = pw4.Write([]byte("x"))
	fmt.Println("write after reader closed:", err, errors.Is(err, io.ErrClosedPipe))

	done := make(chan string)
	pr5, pw5 := io.Pipe()
	go func() {
		b, _ := io.ReadAll(io.LimitReader(pr5, 5))
		pr5.Close()
		done <- string(b)
	}()
	n, err := pw5.Write([]byte("0123456789"))
	fmt.Println(<-done, n, err)
}
