package main

import (
	"errors"
	"fmt"
)

var ErrConfig = errors.New("config missing")

func load(name string) (string, error) {
	if name == "" {
		return "", ErrConfig
	}
	return "loaded " + name, nil
}

func must(s string, err error) string {
	if err != nil {
		panic(fmt.Errorf("must: %w", err))
	}
	return s
}

func main() {
	fmt.Println(must(load("app.yaml")))
	defer func() {
		fmt.Println("deferred runs during the panic")
	}()
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(r)
	}()
	fmt.Println(must(load("")))
}
