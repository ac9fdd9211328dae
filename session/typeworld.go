package session

import (
	"go/ast"
	"maps"
	"strings"

	"github.com/gogil/gogil/session/cellsrc"
	"github.com/gogil/gogil/session/celltypes"
)

// newWorld is the session's type world (package celltypes): the packages
// the interpreter has, the auto-imports in scope. It runs on the worker.
func (s *Session) newWorld() *celltypes.World {
	imports := map[string]string{}
	for local, path := range s.declared.imported {
		imports[local] = path
	}
	return celltypes.New(celltypes.Symbols(s.symbols), func(path string) string { return s.pkgNames[path] }, imports)
}

// lowerOptions are the choices of the lowering of one part: the cell's
// spawner, and the type-checker of the session's world, which the passes
// call only for a part that needs types.
func (c *cellRun) lowerOptions() cellsrc.Options {
	c.s.mu.Lock()
	cellTypes := len(c.s.declared.types) > 0 || len(c.pendingTypes) > 0 || c.s.shapeValues || c.s.localTypes
	literalStructs := c.s.literalStructs
	atomicPointers := c.s.atomicPointers || strings.Contains(c.cell.Code, ".Pointer[")
	var renamed map[string]bool
	if len(c.s.declared.renamed)+len(c.pendingRenamed) > 0 {
		renamed = maps.Clone(c.s.declared.renamed)
		if renamed == nil {
			renamed = map[string]bool{}
		}
		maps.Copy(renamed, c.pendingRenamed)
	}
	c.s.mu.Unlock()
	return cellsrc.Options{
		Spawner: c.ex.spawner,
		// The whole cell, not the part: the part that recovers may come
		// after the indexes whose panics it sees. Only the cell: the
		// checked indexes cost a call each, which a cell that does not
		// recover should not pay.
		Recovers:       c.recovers,
		CellTypes:      cellTypes,
		LiteralStructs: literalStructs,
		AtomicPointers: atomicPointers,
		Describe:       c.s.printed.describe,
		Global:         c.isGlobalVar,
		Constant:       c.isGlobalConst,
		RuneConstant:   c.mayBeRuneConst,
		Generic:        c.isGenericFunc,
		Variadic:       c.maybeVariadic,
		Type:           c.isCellType,
		RenamedMethods: renamed,
		Types: func(file *ast.File) *cellsrc.Types {
			return c.s.world.Check(c.s.interp.FileSet(), file)
		},
	}
}

// stage adds a compiled part to the world; forget takes it out again.
func (c *cellRun) stage(p cellsrc.Part) {
	for len(c.worldAt) <= c.part {
		c.worldAt = append(c.worldAt, c.s.world.Len())
	}
	c.s.world.Stage(c.cell.Code, p)
	if strings.Contains(c.cell.Code, ".Pointer[") {
		c.s.mu.Lock()
		c.s.atomicPointers = true
		c.s.mu.Unlock()
	}
}

// forgetTypes takes the parts from first on out of the world.
func (c *cellRun) forgetTypes(first int) {
	if first < len(c.worldAt) {
		c.s.world.Truncate(c.worldAt[first])
	}
}
