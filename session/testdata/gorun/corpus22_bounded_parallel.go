package main

import (
	"crypto/md5"
	"errors"
	"fmt"
	"sort"
	"sync"
)

type result struct {
	path string
	sum  [md5.Size]byte
	err  error
}

var files = map[string]string{
	"a.txt":       "alpha",
	"b.txt":       "bravo",
	"c/d.txt":     "charlie delta",
	"c/e.txt":     "",
	"broken.txt":  "!",
	"z/last.conf": "zulu=1",
}

func walk(done <-chan struct{}) (<-chan string, <-chan error) {
	paths := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(paths)
		var names []string
		for k := range files {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, n := range names {
			select {
			case paths <- n:
			case <-done:
				errc <- errors.New("walk canceled")
				return
			}
		}
		errc <- nil
	}()
	return paths, errc
}

func digester(done <-chan struct{}, paths <-chan string, c chan<- result) {
	for path := range paths {
		data := files[path]
		var err error
		if data == "!" {
			err = fmt.Errorf("read %s: corrupt", path)
		}
		select {
		case c <- result{path, md5.Sum([]byte(data)), err}:
		case <-done:
			return
		}
	}
}

func MD5All() (map[string][md5.Size]byte, error) {
	done := make(chan struct{})
	defer close(done)
	paths, errc := walk(done)
	c := make(chan result)
	var wg sync.WaitGroup
	const numDigesters = 3
	wg.Add(numDigesters)
	for i := 0; i < numDigesters; i++ {
		go func() {
			digester(done, paths, c)
			wg.Done()
		}()
	}
	go func() {
		wg.Wait()
		close(c)
	}()
	m := make(map[string][md5.Size]byte)
	var firstErr error
	for r := range c {
		if r.err != nil {
			if firstErr == nil {
				firstErr = r.err
			}
			continue
		}
		m[r.path] = r.sum
	}
	if err := <-errc; err != nil {
		return nil, err
	}
	return m, firstErr
}

func main() {
	m, err := MD5All()
	fmt.Println("error:", err)
	var paths []string
	for path := range m {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		fmt.Printf("%x  %s\n", m[path], path)
	}
}
