package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Store interface {
	Get(key string) (string, error)
	Put(key, val string) error
	Keys() []string
}

var ErrMissing = errors.New("missing key")

type mapStore struct{ m map[string]string }

func newMapStore() *mapStore { return &mapStore{m: map[string]string{}} }

func (s *mapStore) Get(k string) (string, error) {
	v, ok := s.m[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrMissing)
	}
	return v, nil
}

func (s *mapStore) Put(k, v string) error { s.m[k] = v; return nil }

func (s *mapStore) Keys() []string {
	ks := make([]string, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// loggingStore decorates any Store: it overrides Put and Get and
// inherits Keys through the embedded interface.
type loggingStore struct {
	Store
	log []string
}

func (l *loggingStore) Put(k, v string) error {
	l.log = append(l.log, "put "+k)
	return l.Store.Put(k, v)
}

func (l *loggingStore) Get(k string) (string, error) {
	v, err := l.Store.Get(k)
	l.log = append(l.log, fmt.Sprintf("get %s ok=%t", k, err == nil))
	return v, err
}

// upperStore overrides only Get.
type upperStore struct{ Store }

func (u upperStore) Get(k string) (string, error) {
	v, err := u.Store.Get(k)
	return strings.ToUpper(v), err
}

// failingPut is a test double: only Put is implemented; calling any other
// method panics on the nil embedded interface.
type failingPut struct{ Store }

func (failingPut) Put(k, v string) error { return errors.New("disk full") }

func save(s Store, kv ...string) error {
	for i := 0; i+1 < len(kv); i += 2 {
		if err := s.Put(kv[i], kv[i+1]); err != nil {
			return fmt.Errorf("save %s: %w", kv[i], err)
		}
	}
	return nil
}

func main() {
	base := newMapStore()
	ls := &loggingStore{Store: base}
	var s Store = upperStore{ls}

	fmt.Println(save(s, "a", "apple", "b", "banana"))
	v, err := s.Get("a")
	fmt.Println(v, err)
	_, err = s.Get("zz")
	fmt.Println(err, errors.Is(err, ErrMissing))
	fmt.Println(s.Keys())
	fmt.Println(strings.Join(ls.log, "; "))

	// Unwrapping the decorators by type assertion.
	if u, ok := s.(upperStore); ok {
		if l, ok := u.Store.(*loggingStore); ok {
			fmt.Println("inner is logging, base is", fmt.Sprintf("%T", l.Store))
		}
	}
	_, isLog := s.(*loggingStore)
	fmt.Println("outer is logging:", isLog)

	fp := failingPut{}
	fmt.Println(save(fp, "x", "1"))
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r != nil)
			if e, ok := r.(error); ok {
				fmt.Println(e)
			}
		}()
		fp.Keys()
	}()

	// Method value of a promoted interface method.
	keys := ls.Keys
	base.Put("c", "cherry")
	fmt.Println(keys())
	get := Store.Get
	fmt.Println(get(base, "c"))
}
