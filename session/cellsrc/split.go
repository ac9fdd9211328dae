package cellsrc

import (
	"fmt"
	"go/scanner"
	"go/token"
)

// Kind says how a run of top-level units of a cell is wrapped for the
// interpreter: imports and declarations go to file level, statements into a
// function body (whose := yaegi turns into globals).
type Kind int

const (
	Imports Kind = iota
	Decls
	Stmts
)

func (k Kind) String() string {
	switch k {
	case Imports:
		return "imports"
	case Decls:
		return "decls"
	case Stmts:
		return "stmts"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Part is a run of consecutive units of one kind, with where it starts in
// the cell (1-based line and column) so positions can be mapped back.
type Part struct {
	Kind      Kind
	Text      string
	Line, Col int
}

type scannedToken struct {
	offset int
	tok    token.Token
}

// Split cuts a cell into parts evaluated in source order. A cell may mix
// imports, declarations and statements, which no single Go file or function
// body accepts. It works on tokens, so it never needs the cell to parse: a
// cell the scanner rejects comes back as one statement part and the parser
// reports the error with its position.
func Split(src string) []Part {
	fset := token.NewFileSet()
	file := fset.AddFile("cell", -1, len(src))
	var sc scanner.Scanner
	failed := false
	sc.Init(file, []byte(src), func(token.Position, string) { failed = true }, 0)
	var toks []scannedToken
	for {
		pos, tok, _ := sc.Scan()
		if tok == token.EOF {
			break
		}
		toks = append(toks, scannedToken{offset: file.Offset(pos), tok: tok})
	}
	if failed || len(toks) == 0 {
		if len(toks) == 0 && !failed {
			return nil
		}
		return []Part{{Kind: Stmts, Text: src, Line: 1, Col: 1}}
	}

	type unit struct {
		kind   Kind
		skip   bool // a package clause: meaningless in a notebook, dropped
		offset int
	}
	var units []unit
	depth := 0
	atStart := true
	for i, t := range toks {
		if atStart && t.tok != token.SEMICOLON {
			kind, skip := classify(toks, i)
			units = append(units, unit{kind: kind, skip: skip, offset: t.offset})
			atStart = false
		}
		switch t.tok {
		case token.LPAREN, token.LBRACK, token.LBRACE:
			depth++
		case token.RPAREN, token.RBRACK, token.RBRACE:
			depth--
		case token.SEMICOLON:
			if depth == 0 {
				atStart = true
			}
		}
	}

	// Units of one kind that follow each other are one part: adjacent in
	// src, so the part's text is one slice of it (appending unit by unit
	// would copy the part again for each of its units).
	var parts []Part
	start := 0 // where the last part starts in src
	for i, u := range units {
		end := len(src)
		if i+1 < len(units) {
			end = units[i+1].offset
		}
		if u.skip {
			continue
		}
		if n := len(parts); n > 0 && parts[n-1].Kind == u.kind && !units[i-1].skip {
			parts[n-1].Text = src[start:end]
			continue
		}
		start = u.offset
		p := file.PositionFor(file.Pos(u.offset), false)
		parts = append(parts, Part{Kind: u.kind, Text: src[u.offset:end], Line: p.Line, Col: p.Column})
	}
	return parts
}

// classify tells the kind of the unit starting at toks[i]. `func` starts a
// declaration when a name follows, or a receiver and then a name and a
// parameter list; otherwise it is a function literal in a statement.
func classify(toks []scannedToken, i int) (Kind, bool) {
	at := func(j int) token.Token {
		if j < len(toks) {
			return toks[j].tok
		}
		return token.EOF
	}
	switch toks[i].tok {
	case token.PACKAGE:
		return Decls, true
	case token.IMPORT:
		return Imports, false
	case token.TYPE, token.VAR, token.CONST:
		return Decls, false
	case token.FUNC:
		switch at(i + 1) {
		case token.IDENT:
			return Decls, false
		case token.LPAREN:
			depth := 0
			for j := i + 1; j < len(toks); j++ {
				switch toks[j].tok {
				case token.LPAREN:
					depth++
				case token.RPAREN:
					depth--
				}
				if depth == 0 {
					if at(j+1) == token.IDENT && at(j+2) == token.LPAREN {
						return Decls, false
					}
					break
				}
			}
		}
	}
	return Stmts, false
}

// CountTokens counts the tokens of src, stopping at limit.
func CountTokens(src string, limit int) int {
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	var sc scanner.Scanner
	sc.Init(file, []byte(src), func(token.Position, string) {}, 0)
	n := 0
	for n < limit {
		_, tok, _ := sc.Scan()
		if tok == token.EOF {
			break
		}
		n++
	}
	return n
}
