package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

type Server struct {
	name   string
	logger *log.Logger
}

func NewServer(name string) *Server {
	return &Server{name: name, logger: log.New(os.Stdout, "["+name+"] ", 0)}
}

func (s *Server) Handle(path string) {
	s.logger.Printf("handling %s", path)
	if path == "/panic" {
		defer func() {
			if r := recover(); r != nil {
				s.logger.Println("recovered:", r)
			}
		}()
		s.logger.Panicf("boom on %s", path)
	}
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("standard logger, no flags")
	log.SetPrefix("app: ")
	log.Printf("prefix is %q", log.Prefix())

	srv := NewServer("web")
	srv.Handle("/")
	srv.Handle("/panic")
	srv.Handle("/after")

	var buf bytes.Buffer
	bl := log.New(&buf, "buf: ", log.Lmsgprefix)
	bl.Print("first")
	bl.Print("second\n")
	bl.SetPrefix("BUF> ")
	bl.Println("third", 3)
	fmt.Print(buf.String())
	fmt.Println("flags:", bl.Flags() == log.Lmsgprefix, "writer same:", bl.Writer() == &buf)

	errLog := log.New(os.Stdout, "ERROR ", log.Lmsgprefix)
	errLog.SetFlags(0)
	errLog.Print("disk almost full")

	defer fmt.Println("deferred: never printed because Fatal exits")
	log.Fatalf("fatal: %d problems", 2)
}
