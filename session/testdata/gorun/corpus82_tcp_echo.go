package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

func handle(conn net.Conn, wg *sync.WaitGroup) {
	defer wg.Done()
	defer conn.Close()
	r := bufio.NewReader(conn)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		fmt.Fprintf(conn, "echo: %s", strings.ToUpper(line))
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	var wg sync.WaitGroup
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go handle(c, &wg)
		}
	}()

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	rd := bufio.NewReader(conn)
	for _, msg := range []string{"hello", "gopher", "bye"} {
		fmt.Fprintln(conn, msg)
		resp, _ := rd.ReadString('\n')
		fmt.Print(resp)
	}
	conn.Close()
	wg.Wait()
	ln.Close()
	fmt.Println("server closed")
}
