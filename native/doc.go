// Package native compiles the Go declarations of a %%native cell with the
// real Go toolchain into a plugin, loads it into the running kernel and
// hands its functions, types and constants back as a table in the shape of
// yaegi's interp.Exports, with the Go source that declares them under
// their own names in the interpreter.
//
// A compiled cell never imports the kernel's packages: it gets a small gil
// package of its own whose functions the kernel sets after loading (the
// lock's cell-facing functions, the %%native nogil wrapper's release and
// retake, the spawner of its go statements, the interrupt flag of its
// loops). So the plugin shares only the standard library with the kernel,
// and plugin.Open's rule (same version of every shared package) holds as
// long as the toolchain and the build flags are the kernel's own, which
// this package reads from the kernel's build information.
//
// Identical source is built once: plugins live in a content-addressed
// directory shared by every kernel (GOGIL_NATIVE_CACHE, or gogil/native
// under the user's cache directory), trimmed after builds as Go trims its
// build cache (trim.go): entries unused for five days go, then the least
// recently used until the cache is under $GOGIL_NATIVE_CACHE_MAX (2 GiB by
// default). A plugin cannot be unloaded; each
// distinct cell keeps its relocated data for the kernel's life (about
// 150 kB for a small cell), and its clean pages (code, symbol tables),
// given back after loading, come back from the page cache when used.
//
// It also builds a cell written as a program of its own (BuildProgram,
// program.go) with the go command, without cgo, into the same cache, and
// runs it as a child process (Program.Run): the cells the interpreter
// cannot run.
//
// It must not know yaegi's interpreter, the session, the kernel protocol
// or the magics: it takes cell source and a lock and returns Go values and
// source text. Of yaegi it uses only the extract package, the generator of
// symbol tables, for a module package an interpreted cell imports.
package native
