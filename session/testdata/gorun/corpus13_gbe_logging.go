package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("standard logger without flags")

	log.SetPrefix("app: ")
	log.Printf("prefixed %d", 1)
	log.SetFlags(log.Lmsgprefix)
	log.Print("prefix moved before the message")

	mylog := log.New(os.Stdout, "my:", 0)
	mylog.Println("from mylog")
	mylog.SetPrefix("ohmy:")
	mylog.Println("from mylog again")
	fmt.Println("prefix is", mylog.Prefix(), "flags", mylog.Flags())

	var buf bytes.Buffer
	buflog := log.New(&buf, "buf:", log.Lshortfile)
	buflog.Println("hello")
	line := buf.String()
	fmt.Print("from buflog:", strings.Replace(line, line[strings.Index(line, ":")+1:strings.LastIndex(line, ":")+1], "<file:line>:", 1))

	var errs bytes.Buffer
	audit := log.New(&errs, "[audit] ", log.Lmsgprefix)
	for _, user := range []string{"ann", "bob"} {
		audit.Printf("login user=%s", user)
	}
	fmt.Print(errs.String())
	fmt.Println(strings.Count(errs.String(), "\n"), "audit lines")

	defer fmt.Println("deferred calls do not run after log.Fatal")
	logger := log.New(os.Stdout, "fatal: ", 0)
	logger.Fatalf("giving up after %d retries", 3)
}
