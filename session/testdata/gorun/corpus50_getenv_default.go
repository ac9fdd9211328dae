package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func getenvInt(key string, def int) (int, error) {
	v := os.Getenv(key)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def, fmt.Errorf("env %s: %w", key, err)
	}
	return n, nil
}

func main() {
	os.Unsetenv("C50_HOST")
	os.Setenv("C50_PORT", "9090")
	os.Setenv("C50_WORKERS", "many")
	os.Setenv("C50_EMPTY", "")
	defer os.Unsetenv("C50_PORT")
	fmt.Println("host:", getenv("C50_HOST", "localhost"))
	fmt.Printf("empty: %q\n", getenv("C50_EMPTY", "fallback"))
	port, err := getenvInt("C50_PORT", 8080)
	fmt.Println("port:", port, err)
	w, err := getenvInt("C50_WORKERS", 4)
	fmt.Println("workers:", w, err)
	timeout := 5 * time.Second
	if v := os.Getenv("C50_TIMEOUT"); v != "" {
		timeout, _ = time.ParseDuration(v)
	}
	fmt.Println("timeout:", timeout)
	os.Setenv("C50_NAME", "gopher")
	fmt.Println(os.ExpandEnv("hello ${C50_NAME} on $C50_PORT"))
	fmt.Println(os.Expand("$A-$B", func(k string) string { return map[string]string{"A": "1"}[k] }))
}
