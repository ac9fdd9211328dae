package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Store struct {
	data map[string]string
	wal  *bytes.Buffer
}

func NewStore(wal *bytes.Buffer) *Store {
	return &Store{data: map[string]string{}, wal: wal}
}

func (s *Store) Set(k, v string) error {
	if strings.ContainsAny(k, " \n") {
		return fmt.Errorf("invalid key %q", k)
	}
	fmt.Fprintf(s.wal, "SET %s %s\n", k, v)
	s.data[k] = v
	return nil
}

func (s *Store) Delete(k string) bool {
	if _, ok := s.data[k]; !ok {
		return false
	}
	fmt.Fprintf(s.wal, "DEL %s\n", k)
	delete(s.data, k)
	return true
}

func (s *Store) Get(k string) (string, bool) {
	v, ok := s.data[k]
	return v, ok
}

func Replay(wal []byte) (*Store, int, error) {
	s := NewStore(new(bytes.Buffer))
	sc := bufio.NewScanner(bytes.NewReader(wal))
	n := 0
	for sc.Scan() {
		n++
		parts := strings.SplitN(sc.Text(), " ", 3)
		switch {
		case parts[0] == "SET" && len(parts) == 3:
			s.Set(parts[1], parts[2])
		case parts[0] == "DEL" && len(parts) == 2:
			s.Delete(parts[1])
		default:
			return s, n, fmt.Errorf("line %d: %w: %q", n, errCorrupt, sc.Text())
		}
	}
	return s, n, sc.Err()
}

var errCorrupt = errors.New("corrupt log entry")

func (s *Store) Dump() string {
	keys := make([]string, 0, len(s.data))
	for k := range s.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "%s=%s;", k, s.data[k])
	}
	return b.String()
}

func main() {
	var wal bytes.Buffer
	db := NewStore(&wal)
	db.Set("user:1", "alice")
	db.Set("user:2", "bob")
	db.Set("count", "2")
	db.Set("user:1", "alice smith")
	fmt.Println(db.Delete("user:2"), db.Delete("nope"))
	if err := db.Set("bad key", "x"); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Print(wal.String())
	fmt.Println("wal bytes:", wal.Len())
	copyBytes := bytes.Clone(wal.Bytes())
	restored, n, err := Replay(copyBytes)
	fmt.Println("replayed", n, "entries, err:", err)
	fmt.Println(db.Dump() == restored.Dump(), restored.Dump())
	v, ok := restored.Get("user:2")
	fmt.Printf("%q %v\n", v, ok)
	corrupt := append(copyBytes, []byte("PUT x y\n")...)
	_, n, err = Replay(corrupt)
	fmt.Println(n, err, errors.Is(err, errCorrupt))
	line, err := wal.ReadString('\n')
	fmt.Printf("%q %v remaining=%d\n", line, err, wal.Len())
}
