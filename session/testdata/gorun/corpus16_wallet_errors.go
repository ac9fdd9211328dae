package main

import (
	"errors"
	"fmt"
)

type Bitcoin int

func (b Bitcoin) String() string { return fmt.Sprintf("%d BTC", int(b)) }

type Wallet struct {
	balance Bitcoin
}

var ErrInsufficientFunds = errors.New("cannot withdraw, insufficient funds")

func (w *Wallet) Deposit(amount Bitcoin) { w.balance += amount }

func (w *Wallet) Withdraw(amount Bitcoin) error {
	if amount > w.balance {
		return ErrInsufficientFunds
	}
	w.balance -= amount
	return nil
}

func (w *Wallet) Balance() Bitcoin { return w.balance }

type Dictionary map[string]string

type DictionaryErr string

func (e DictionaryErr) Error() string { return string(e) }

const (
	ErrNotFound     = DictionaryErr("could not find the word you were looking for")
	ErrWordExists   = DictionaryErr("cannot add word because it already exists")
	ErrWordNotExist = DictionaryErr("cannot update word because it does not exist")
)

func (d Dictionary) Search(word string) (string, error) {
	def, ok := d[word]
	if !ok {
		return "", ErrNotFound
	}
	return def, nil
}

func (d Dictionary) Add(word, def string) error {
	_, err := d.Search(word)
	switch err {
	case ErrNotFound:
		d[word] = def
	case nil:
		return ErrWordExists
	default:
		return err
	}
	return nil
}

func (d Dictionary) Update(word, def string) error {
	_, err := d.Search(word)
	switch {
	case errors.Is(err, ErrNotFound):
		return ErrWordNotExist
	case err != nil:
		return err
	}
	d[word] = def
	return nil
}

func main() {
	w := Wallet{}
	w.Deposit(Bitcoin(10))
	fmt.Println(w.Balance())
	fmt.Printf("%s %v %d\n", w.Balance(), w.Balance(), w.Balance())
	err := w.Withdraw(Bitcoin(100))
	fmt.Println(err, err == ErrInsufficientFunds, w.Balance())
	if err := w.Withdraw(4); err == nil {
		fmt.Println("withdrew 4, left", w.Balance())
	}
	d := Dictionary{"test": "this is just a test"}
	fmt.Println(d.Search("test"))
	_, err = d.Search("unknown")
	fmt.Println(err, err == ErrNotFound)
	fmt.Println(d.Add("new", "a new word"), d.Add("new", "again"))
	fmt.Println(d.Update("nope", "x"))
	fmt.Println(d.Update("new", "updated"), d["new"])
	var de DictionaryErr
	if errors.As(d.Update("zzz", ""), &de) {
		fmt.Printf("as: %q %T\n", de, de)
	}
	fmt.Printf("%v|%s|%q\n", ErrNotFound, ErrWordExists, ErrWordNotExist)
}
