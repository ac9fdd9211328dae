package main

import (
	"errors"
	"fmt"
)

var (
	ErrStop        = errors.New("stop codon")
	ErrInvalidBase = errors.New("invalid base")
)

func FromCodon(c string) (string, error) {
	switch c {
	case "AUG":
		return "Methionine", nil
	case "UUU", "UUC":
		return "Phenylalanine", nil
	case "UUA", "UUG":
		return "Leucine", nil
	case "UCU", "UCC", "UCA", "UCG":
		return "Serine", nil
	case "UAU", "UAC":
		return "Tyrosine", nil
	case "UGU", "UGC":
		return "Cysteine", nil
	case "UGG":
		return "Tryptophan", nil
	case "UAA", "UAG", "UGA":
		return "", ErrStop
	}
	return "", ErrInvalidBase
}

func FromRNA(rna string) ([]string, error) {
	var out []string
	for i := 0; i+3 <= len(rna); i += 3 {
		p, err := FromCodon(rna[i : i+3])
		if err == ErrStop {
			break
		}
		if err != nil {
			return out, fmt.Errorf("codon %d (%s): %w", i/3, rna[i:i+3], err)
		}
		out = append(out, p)
	}
	if len(rna)%3 != 0 {
		return out, fmt.Errorf("incomplete codon %q: %w", rna[len(rna)-len(rna)%3:], ErrInvalidBase)
	}
	return out, nil
}

func main() {
	for _, c := range []string{"AUG", "UGG", "UAA", "XYZ", "UCG"} {
		p, err := FromCodon(c)
		fmt.Printf("%s => %q, %v (stop=%t)\n", c, p, err, err == ErrStop)
	}
	for _, rna := range []string{
		"AUGUUUUGG", "UAGUGG", "UGGUAGUGG", "UGGUGUUAUUAAUGGUUU", "AUGXXXUGG", "AUGU", "",
	} {
		ps, err := FromRNA(rna)
		fmt.Printf("%-20s %v len=%d", rna, ps, len(ps))
		if err != nil {
			fmt.Printf(" err=%v invalid=%t", err, errors.Is(err, ErrInvalidBase))
		}
		fmt.Println()
	}
}
