package session

import (
	"go/scanner"
	"go/token"
)

// partKind says how a run of top-level units of a cell is wrapped for the
// interpreter: imports and declarations go to file level, statements into a
// function body (whose := yaegi turns into globals).
type partKind int

const (
	partImport partKind = iota
	partDecl
	partStmt
)

// part is a run of consecutive units of one kind, with where it starts in
// the cell (1-based line and column) so positions can be mapped back.
type part struct {
	kind      partKind
	text      string
	line, col int
}

type scannedToken struct {
	offset int
	tok    token.Token
}

// splitCell cuts a cell into parts evaluated in source order. A cell may mix
// imports, declarations and statements, which no single Go file or function
// body accepts. It works on tokens, so it never needs the cell to parse: a
// cell the scanner rejects comes back as one statement part and the parser
// reports the error with its position.
func splitCell(src string) []part {
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
		return []part{{kind: partStmt, text: src, line: 1, col: 1}}
	}

	type unit struct {
		kind   partKind
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

	var parts []part
	for i, u := range units {
		end := len(src)
		if i+1 < len(units) {
			end = units[i+1].offset
		}
		if u.skip {
			continue
		}
		if n := len(parts); n > 0 && parts[n-1].kind == u.kind && !units[i-1].skip {
			parts[n-1].text += src[u.offset:end]
			continue
		}
		p := file.PositionFor(file.Pos(u.offset), false)
		parts = append(parts, part{kind: u.kind, text: src[u.offset:end], line: p.Line, col: p.Column})
	}
	return parts
}

// classify tells the kind of the unit starting at toks[i]. `func` starts a
// declaration when a name follows, or a receiver and then a name and a
// parameter list; otherwise it is a function literal in a statement.
func classify(toks []scannedToken, i int) (partKind, bool) {
	at := func(j int) token.Token {
		if j < len(toks) {
			return toks[j].tok
		}
		return token.EOF
	}
	switch toks[i].tok {
	case token.PACKAGE:
		return partDecl, true
	case token.IMPORT:
		return partImport, false
	case token.TYPE, token.VAR, token.CONST:
		return partDecl, false
	case token.FUNC:
		switch at(i + 1) {
		case token.IDENT:
			return partDecl, false
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
						return partDecl, false
					}
					break
				}
			}
		}
	}
	return partStmt, false
}

// countTokens counts the tokens of src, stopping at limit.
func countTokens(src string, limit int) int {
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
