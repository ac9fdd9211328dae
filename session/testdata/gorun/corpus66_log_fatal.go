package main

import (
	"errors"
	"fmt"
	"log"
)

func connect(addr string) error {
	if addr == "" {
		return errors.New("empty address")
	}
	return nil
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("app: ")
	defer fmt.Println("not printed: log.Fatal skips defers")
	fmt.Println("starting")
	if err := connect("localhost:1"); err != nil {
		log.Fatalf("connect: %v", err)
	}
	log.Println("connected once")
	if err := connect(""); err != nil {
		log.Fatalf("connect: %v", err)
	}
	fmt.Println("unreachable")
}
