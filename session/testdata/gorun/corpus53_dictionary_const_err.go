package main

import (
	"fmt"
	"sort"
)

const (
	ErrNotFound         = DictionaryErr("could not find the word you were looking for")
	ErrWordExists       = DictionaryErr("cannot add word because it already exists")
	ErrWordDoesNotExist = DictionaryErr("cannot perform operation on word because it does not exist")
)

type DictionaryErr string

func (e DictionaryErr) Error() string { return string(e) }

type Dictionary map[string]string

func (d Dictionary) Search(word string) (string, error) {
	definition, ok := d[word]
	if !ok {
		return "", ErrNotFound
	}
	return definition, nil
}

func (d Dictionary) Add(word, definition string) error {
	_, err := d.Search(word)
	switch err {
	case ErrNotFound:
		d[word] = definition
	case nil:
		return ErrWordExists
	default:
		return err
	}
	return nil
}

func (d Dictionary) Update(word, definition string) error {
	_, err := d.Search(word)
	switch err {
	case ErrNotFound:
		return ErrWordDoesNotExist
	case nil:
		d[word] = definition
	default:
		return err
	}
	return nil
}

func (d Dictionary) Delete(word string) { delete(d, word) }

func main() {
	dictionary := Dictionary{"test": "this is just a test"}
	got, err := dictionary.Search("test")
	fmt.Printf("%q %v\n", got, err)
	_, err = dictionary.Search("unknown")
	fmt.Println("unknown:", err, err == ErrNotFound)

	fmt.Println("add new:", dictionary.Add("go", "a language"))
	fmt.Println("add existing:", dictionary.Add("go", "again"))
	fmt.Println("update:", dictionary.Update("go", "a fun language"))
	fmt.Println("update missing:", dictionary.Update("rust", "crab"))
	dictionary.Delete("test")

	words := make([]string, 0, len(dictionary))
	for w := range dictionary {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Printf("%s => %s\n", w, dictionary[w])
	}
	var e error = ErrWordExists
	fmt.Printf("%T %v\n", e, e == ErrWordExists)
}
