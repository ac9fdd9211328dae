package main

// Packages are the import paths that get a table: yaegi v0.16.1's own
// list (go list std, less internal, vendor, cmd and the exclusions below)
// plus the packages added to the standard library since Go 1.22 that have
// API yaegi can call.
var Packages = []string{
	"archive/tar", "archive/zip",
	"bufio", "bytes",
	"cmp",
	"compress/bzip2", "compress/flate", "compress/gzip", "compress/lzw", "compress/zlib",
	"container/heap", "container/list", "container/ring",
	"context",
	"crypto", "crypto/aes", "crypto/cipher", "crypto/des", "crypto/dsa", "crypto/ecdh", "crypto/ecdsa",
	"crypto/ed25519", "crypto/elliptic", "crypto/fips140", "crypto/hmac", "crypto/hpke",
	"crypto/md5", "crypto/mlkem", "crypto/rand", "crypto/rc4", "crypto/rsa",
	"crypto/sha1", "crypto/sha256", "crypto/sha3", "crypto/sha512", "crypto/subtle",
	"crypto/tls", "crypto/x509", "crypto/x509/pkix",
	"database/sql", "database/sql/driver",
	"debug/buildinfo", "debug/dwarf", "debug/elf", "debug/gosym", "debug/macho", "debug/pe", "debug/plan9obj",
	"encoding", "encoding/ascii85", "encoding/asn1", "encoding/base32", "encoding/base64", "encoding/binary",
	"encoding/csv", "encoding/gob", "encoding/hex", "encoding/json", "encoding/pem", "encoding/xml",
	"errors", "expvar", "flag", "fmt",
	"go/ast", "go/build", "go/build/constraint", "go/constant", "go/doc", "go/doc/comment", "go/format",
	"go/importer", "go/parser", "go/printer", "go/scanner", "go/token", "go/types", "go/version",
	"hash", "hash/adler32", "hash/crc32", "hash/crc64", "hash/fnv", "hash/maphash",
	"html", "html/template",
	"image", "image/color", "image/color/palette", "image/draw", "image/gif", "image/jpeg", "image/png",
	"index/suffixarray",
	"io", "io/fs", "io/ioutil",
	"log", "log/slog", "log/syslog",
	"maps",
	"math", "math/big", "math/bits", "math/cmplx", "math/rand", "math/rand/v2",
	"mime", "mime/multipart", "mime/quotedprintable",
	"net", "net/http", "net/http/cgi", "net/http/cookiejar", "net/http/fcgi", "net/http/httptest",
	"net/http/httptrace", "net/http/httputil", "net/http/pprof", "net/mail", "net/netip", "net/rpc",
	"net/rpc/jsonrpc", "net/smtp", "net/textproto", "net/url",
	"os", "os/exec", "os/signal", "os/user",
	"path", "path/filepath",
	"reflect", "regexp", "regexp/syntax",
	"runtime", "runtime/debug", "runtime/metrics", "runtime/pprof", "runtime/trace",
	"slices", "sort", "strconv", "strings", "structs", "sync", "sync/atomic",
	"testing", "testing/fstest", "testing/iotest", "testing/quick", "testing/slogtest", "testing/synctest",
	"text/scanner", "text/tabwriter", "text/template", "text/template/parse",
	"time",
	"unicode", "unicode/utf16", "unicode/utf8",
}

// Left out, and why. `go list std` less internal, vendor and cmd is
// Packages plus these; the package's test checks that nothing is forgotten.
var Left = map[string]string{
	"embed":                  "needs the compiler's //go:embed, which the interpreter has not",
	"plugin":                 "loading native code is the kernel's business, not a cell's",
	"runtime/cgo":            "no API; cgo cannot run in the interpreter",
	"runtime/coverage":       "coverage of the kernel binary, not of cells",
	"runtime/race":           "no API",
	"syscall":                "a cell must not make raw system calls (yaegi keeps it apart, in stdlib/syscall)",
	"unsafe":                 "yaegi keeps it apart (stdlib/unsafe); cells get no unsafe",
	"time/tzdata":            "no API; it only embeds the time zone database",
	"crypto/mlkem/mlkemtest": "test hooks of crypto/mlkem's internals",
	"testing/cryptotest":     "test hooks of the crypto packages' internals",
	"iter":                   "all its API is generic (Seq, Seq2, Pull, Pull2): nothing native to export",
	"unique":                 "all its API is generic (Handle, Make): nothing native to export",
	"crypto/hkdf":            "all its API is generic (Key, Extract, Expand): nothing native to export",
	"crypto/pbkdf2":          "all its API is generic (Key): nothing native to export",
	"weak":                   "all its API is generic (Pointer, Make): nothing native to export",
}
