package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func getenvDefault(key, def string) string {
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
		return 0, fmt.Errorf("%s: %w", key, err)
	}
	return n, nil
}

func main() {
	os.Setenv("GOGIL_DEMO_HOST", "db.internal")
	os.Setenv("GOGIL_DEMO_PORT", "5432")
	os.Setenv("GOGIL_DEMO_WORKERS", "eight")
	os.Setenv("GOGIL_DEMO_EMPTY", "")
	os.Unsetenv("GOGIL_DEMO_MISSING")

	fmt.Println("host:", getenvDefault("GOGIL_DEMO_HOST", "localhost"))
	fmt.Println("user:", getenvDefault("GOGIL_DEMO_USER", "postgres"))
	port, err := getenvInt("GOGIL_DEMO_PORT", 80)
	fmt.Println("port:", port, err)
	workers, err := getenvInt("GOGIL_DEMO_WORKERS", 4)
	fmt.Println("workers:", workers, err)

	v, ok := os.LookupEnv("GOGIL_DEMO_EMPTY")
	fmt.Printf("empty: %q set=%v\n", v, ok)
	v, ok = os.LookupEnv("GOGIL_DEMO_MISSING")
	fmt.Printf("missing: %q set=%v\n", v, ok)

	dsn := os.ExpandEnv("postgres://$GOGIL_DEMO_HOST:${GOGIL_DEMO_PORT}/app?user=${GOGIL_DEMO_USER}")
	fmt.Println(dsn)
	fmt.Println(os.Expand("Hello, $name! You are $age.", func(k string) string {
		return map[string]string{"name": "Gopher", "age": "15"}[k]
	}))

	var mine []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GOGIL_DEMO_") {
			mine = append(mine, kv)
		}
	}
	fmt.Println(len(mine), "demo variables set")
	for _, k := range []string{"GOGIL_DEMO_HOST", "GOGIL_DEMO_PORT", "GOGIL_DEMO_WORKERS", "GOGIL_DEMO_EMPTY"} {
		os.Unsetenv(k)
	}
	_, ok = os.LookupEnv("GOGIL_DEMO_HOST")
	fmt.Println("after unset:", ok)
}
