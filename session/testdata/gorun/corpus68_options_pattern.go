package main

import (
	"fmt"
	"time"
)

type Server struct {
	host    string
	port    int
	timeout time.Duration
	tls     bool
	tags    []string
}

type Option func(*Server)

func WithPort(p int) Option { return func(s *Server) { s.port = p } }

func WithTimeout(d time.Duration) Option { return func(s *Server) { s.timeout = d } }

func WithTLS() Option { return func(s *Server) { s.tls = true } }

func WithTags(tags ...string) Option {
	return func(s *Server) { s.tags = append(s.tags, tags...) }
}

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	for _, o := range opts {
		o(s)
	}
	return s
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d timeout=%v tags=%v", scheme, s.host, s.port, s.timeout, s.tags)
}

func main() {
	fmt.Println(NewServer("example.local"))
	fmt.Println(NewServer("api.local", WithPort(8443), WithTLS(), WithTimeout(5*time.Second)))
	common := []Option{WithTags("prod"), WithTags("eu", "blue")}
	s := NewServer("db.local", append(common, WithPort(5432))...)
	fmt.Println(s)
	fmt.Printf("%v\n", s.timeout)
}
