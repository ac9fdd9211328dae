package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

type Job struct {
	Command string
	*log.Logger
}

type Service struct {
	Name string
	Job
}

func main() {
	var buf bytes.Buffer
	job := &Job{"make", log.New(&buf, "job: ", 0)}
	fmt.Printf("%q %d\n", job.Prefix(), job.Flags())
	job.Print("print ", 1)
	job.Printf("printf %d", 2)
	job.Println("println", 3)
	job.SetPrefix("[job] ")
	out := job.Println
	out("method value")
	fmt.Print(buf.String())

	svc := Service{"api", Job{"serve", log.New(os.Stdout, "svc: ", log.Lmsgprefix)}}
	svc.Println("through two embeddings")
	svc.SetFlags(0)
	svc.Printf("%s/%s", svc.Name, svc.Command)
	fmt.Println(svc.Writer() == os.Stdout)
}
