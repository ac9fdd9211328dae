package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	Seq  int    `json:"seq"`
	Kind string `json:"kind"`
}

func main() {
	pr, pw := io.Pipe()
	go func() {
		enc := json.NewEncoder(pw)
		for i := 1; i <= 3; i++ {
			enc.Encode(Event{Seq: i, Kind: strings.Repeat("x", i)})
		}
		pw.Close()
	}()
	dec := json.NewDecoder(pr)
	for {
		var e Event
		err := dec.Decode(&e)
		if err == io.EOF {
			fmt.Println("done")
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%d %s\n", e.Seq, e.Kind)
	}

	pr2, pw2 := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw2)
		fmt.Fprintln(w, "line one")
		fmt.Fprintln(w, "line two")
		w.Flush()
		pw2.CloseWithError(errors.New("producer gave up"))
	}()
	sc := bufio.NewScanner(pr2)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("scan error:", sc.Err())

	pr3, pw3 := io.Pipe()
	pr3.Close()
	_, err := pw3.Write([]byte("nobody listens"))
	fmt.Println(err, errors.Is(err, io.ErrClosedPipe))

	done := make(chan string)
	pr4, pw4 := io.Pipe()
	go func() {
		b, _ := io.ReadAll(pr4)
		done <- strings.ToUpper(string(b))
	}()
	io.WriteString(pw4, "shout ")
	io.WriteString(pw4, "this")
	pw4.Close()
	fmt.Println(<-done)
}
