package main

import (
	"errors"
	"fmt"
)

type TransientError struct{ err error }

func (e TransientError) Error() string { return "transient: " + e.err.Error() }
func (e TransientError) Unwrap() error { return e.err }

type FrobError struct {
	defrobTag string
	inner     error
}

func (e FrobError) Error() string { return e.inner.Error() }

type Resource interface {
	Frob(string)
	Defrob(string)
	Close() error
}

type ResourceOpener func() (Resource, error)

type fake struct {
	name string
	log  *[]string
}

func (f *fake) Frob(in string) {
	if in == "bad" {
		panic(FrobError{defrobTag: "tag-" + f.name, inner: errors.New("meh")})
	}
	if in == "boom" {
		panic("not an error")
	}
	*f.log = append(*f.log, "frob "+in)
}
func (f *fake) Defrob(tag string) { *f.log = append(*f.log, "defrob "+tag) }
func (f *fake) Close() error      { *f.log = append(*f.log, "close "+f.name); return nil }

func Use(opener ResourceOpener, input string) (err error) {
	var r Resource
	for {
		r, err = opener()
		if err == nil {
			break
		}
		var te TransientError
		if !errors.As(err, &te) {
			return err
		}
	}
	defer r.Close()
	defer func() {
		if x := recover(); x != nil {
			if fe, ok := x.(FrobError); ok {
				r.Defrob(fe.defrobTag)
				err = fe
				return
			}
			err = fmt.Errorf("recovered: %v", x)
		}
	}()
	r.Frob(input)
	return nil
}

func main() {
	for _, in := range []string{"hello", "bad", "boom"} {
		var log []string
		tries := 0
		opener := func() (Resource, error) {
			tries++
			if tries < 3 {
				return nil, TransientError{errors.New("busy")}
			}
			return &fake{name: "r1", log: &log}, nil
		}
		err := Use(opener, in)
		fmt.Printf("%-5s err=%v tries=%d log=%q\n", in, err, tries, log)
	}
	err := Use(func() (Resource, error) { return nil, errors.New("permanent") }, "x")
	fmt.Println(err)
	var fe FrobError
	err = Use(func() (Resource, error) { return &fake{name: "r2", log: new([]string)}, nil }, "bad")
	fmt.Println(errors.As(err, &fe), fe.defrobTag)
}
