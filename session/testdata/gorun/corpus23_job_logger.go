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

func NewJob(command string, logger *log.Logger) *Job {
	return &Job{command, logger}
}

func (job *Job) Printf(format string, args ...any) {
	job.Logger.Printf("%q: %s", job.Command, fmt.Sprintf(format, args...))
}

func main() {
	var buf bytes.Buffer
	job := NewJob("make", log.New(&buf, "Job: ", 0))
	job.Println("starting now...")
	job.Printf("step %d", 1)
	job.Logger.Printf("raw %v", true)
	fmt.Print(buf.String())

	out := &Job{Command: "test", Logger: log.New(os.Stdout, "[out] ", log.Lmsgprefix)}
	out.Println("to stdout")
	out.SetPrefix("<p> ")
	out.Print("changed prefix")
	fmt.Println(out.Prefix(), out.Flags() == log.Lmsgprefix)

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("std logger")
	log.Printf("x=%d", 5)
}
