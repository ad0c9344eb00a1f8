package export

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
)

// Page compression. gofpdf compresses each page's content stream with a
// new zlib writer (its sliceCompress: zlib.NewWriterLevel per page), and a
// new writer allocates and zeroes about 1.1 MB of tables. For the large
// plan's 121 pages that was most of the bytes the export allocated and
// close to a third of its time (issue 14). gofpdf offers no way to hand it
// a writer, and the stack is fixed, so the painter asks gofpdf for
// uncompressed page streams (SetCompression(false)) and compressStreams
// below compresses them afterwards with one writer per core (compressAll),
// reset between pages, at the level gofpdf uses (zlib.BestSpeed), writing
// them exactly as gofpdf does when it compresses: "<</Filter /FlateDecode
// /Length n>>". Reset makes a zlib writer equal to a new one, so the
// result is the same file, byte for byte, as gofpdf's own compressed
// output (TestCompressedStreamsAreGofpdfsOwn), whichever core compressed
// which page; only the work differs.
//
// compressStreams relies on the shape of gofpdf's output, which it checks
// rather than assumes: a classic cross-reference table, every page object
// ending in "/Contents n 0 R>>", and each page content object being
// exactly "<</Length n>>" and its stream. Anything else is an error, never
// a damaged file.

// errPDFShape is returned when gofpdf's output is not the shape
// compressStreams knows.
var errPDFShape = errors.New("unexpected PDF structure from gofpdf")

// compressStreams writes pdf (gofpdf's output made with compression off)
// to w with every page content stream compressed.
func compressStreams(pdf []byte, w io.Writer) error {
	xrefAt, offsets, err := crossReferences(pdf)
	if err != nil {
		return err
	}
	// Each object runs from its offset to the next object or the table.
	n := len(offsets) // objects 1..n-1; offsets[0] is unused
	order := make([]int, 0, n-1)
	for i := 1; i < n; i++ {
		order = append(order, i)
	}
	sortByOffset(order, offsets)
	end := make([]int, n)
	for k, i := range order {
		if k+1 < len(order) {
			end[i] = offsets[order[k+1]]
		} else {
			end[i] = xrefAt
		}
		if offsets[i] >= end[i] {
			return errPDFShape
		}
	}
	// The content objects are the ones the pages name.
	content := make([]bool, n)
	for i := 1; i < n; i++ {
		if c, ok := contentsOf(pdf[offsets[i]:end[i]]); ok {
			if c <= 0 || c >= n {
				return errPDFShape
			}
			content[c] = true
		}
	}
	// Check every content object before writing anything.
	for i := 1; i < n; i++ {
		if content[i] {
			if _, ok := plainStream(pdf[offsets[i]:end[i]], i); !ok {
				return errPDFShape
			}
		}
	}

	packed, err := compressAll(pdf, offsets, end, content)
	if err != nil {
		return err
	}

	out := &countingWriter{w: w}
	out.write(pdf[:offsets[order[0]]])
	newOffsets := make([]int, n)
	for _, i := range order {
		newOffsets[i] = out.n
		if !content[i] {
			out.write(pdf[offsets[i]:end[i]])
			continue
		}
		out.write(fmt.Appendf(nil, "%d 0 obj\n<</Filter /FlateDecode /Length %d>>\nstream\n", i, len(packed[i])))
		out.write(packed[i])
		out.write([]byte("\nendstream\nendobj\n"))
	}
	// The table again, with the new offsets, then the trailer as it was.
	xrefOut := out.n
	tail := pdf[xrefAt:]
	head := fmt.Appendf(nil, "xref\n0 %d\n0000000000 65535 f \n", n)
	out.write(head)
	line := make([]byte, 0, 20)
	for i := 1; i < n; i++ {
		line = fmt.Appendf(line[:0], "%010d 00000 n \n", newOffsets[i])
		out.write(line)
	}
	rest := tail[len(head)+20*(n-1):]
	sx := bytes.LastIndex(rest, []byte("startxref\n"))
	if sx < 0 {
		return errPDFShape
	}
	out.write(rest[:sx])
	out.write(fmt.Appendf(nil, "startxref\n%d\n%%%%EOF\n", xrefOut))
	return out.err
}

// crossReferences reads gofpdf's cross-reference table: where it starts
// and each object's offset (index 0 unused).
func crossReferences(pdf []byte) (int, []int, error) {
	sx := bytes.LastIndex(pdf, []byte("\nstartxref\n"))
	if sx < 0 {
		return 0, nil, errPDFShape
	}
	num := pdf[sx+len("\nstartxref\n"):]
	if nl := bytes.IndexByte(num, '\n'); nl >= 0 {
		num = num[:nl]
	}
	xrefAt, err := strconv.Atoi(string(num))
	if err != nil || xrefAt <= 0 || xrefAt >= sx {
		return 0, nil, errPDFShape
	}
	t := pdf[xrefAt:]
	if !bytes.HasPrefix(t, []byte("xref\n0 ")) {
		return 0, nil, errPDFShape
	}
	t = t[len("xref\n0 "):]
	nl := bytes.IndexByte(t, '\n')
	if nl < 0 {
		return 0, nil, errPDFShape
	}
	n, err := strconv.Atoi(string(t[:nl]))
	if err != nil || n < 2 {
		return 0, nil, errPDFShape
	}
	t = t[nl+1:]
	if !bytes.HasPrefix(t, []byte("0000000000 65535 f \n")) || len(t) < 20*n {
		return 0, nil, errPDFShape
	}
	offsets := make([]int, n)
	for i := 1; i < n; i++ {
		e := t[20*i : 20*i+20]
		if string(e[10:]) != " 00000 n \n" {
			return 0, nil, errPDFShape
		}
		o, err := strconv.Atoi(string(e[:10]))
		if err != nil || o <= 0 || o >= xrefAt {
			return 0, nil, errPDFShape
		}
		offsets[i] = o
	}
	return xrefAt, offsets, nil
}

// contentsOf returns the object number of a page object's content stream:
// gofpdf ends every page object with "/Contents n 0 R>>".
func contentsOf(obj []byte) (int, bool) {
	const suffix = " 0 R>>\nendobj\n"
	if !bytes.HasSuffix(obj, []byte(suffix)) || !bytes.Contains(obj[:min(len(obj), 64)], []byte("<</Type /Page\n")) {
		return 0, false
	}
	body := obj[:len(obj)-len(suffix)]
	at := bytes.LastIndex(body, []byte("\n/Contents "))
	if at < 0 {
		return 0, false
	}
	c, err := strconv.Atoi(string(body[at+len("\n/Contents "):]))
	return c, err == nil
}

// plainStream returns the data of object i when it is exactly an
// uncompressed stream as gofpdf writes it.
func plainStream(obj []byte, i int) ([]byte, bool) {
	head := fmt.Appendf(nil, "%d 0 obj\n<</Length ", i)
	if !bytes.HasPrefix(obj, head) {
		return nil, false
	}
	rest := obj[len(head):]
	gt := bytes.Index(rest, []byte(">>\nstream\n"))
	if gt < 0 {
		return nil, false
	}
	length, err := strconv.Atoi(string(rest[:gt]))
	data := rest[gt+len(">>\nstream\n"):]
	const tail = "\nendstream\nendobj\n"
	if err != nil || length < 0 || len(data) != length+len(tail) || string(data[length:]) != tail {
		return nil, false
	}
	return data[:length], true
}

// compressAll compresses the content streams (content[i]) of pdf, each on
// its own, with one zlib writer per core at gofpdf's level: the large
// plan's 121 pages are a tenth of its export, and a page's stream does not
// depend on any other, so the second core halves the wall time it takes.
// Each stream is compressed by a writer reset before it, equal to a new
// one, so the bytes do not depend on which worker took it. packed[i] is
// object i's compressed stream.
func compressAll(pdf []byte, offsets, end []int, content []bool) ([][]byte, error) {
	var jobs []int
	for i, c := range content {
		if c {
			jobs = append(jobs, i)
		}
	}
	packed := make([][]byte, len(content))
	workers := min(runtime.GOMAXPROCS(0), len(jobs), 4)
	if workers < 1 {
		return packed, nil
	}
	errs := make([]error, workers)
	var next atomic.Int64
	var wg sync.WaitGroup
	for k := range workers {
		wg.Go(func() {
			var zbuf bytes.Buffer
			zw, _ := zlib.NewWriterLevel(&zbuf, zlib.BestSpeed)
			for {
				j := int(next.Add(1)) - 1
				if j >= len(jobs) {
					return
				}
				i := jobs[j]
				data, _ := plainStream(pdf[offsets[i]:end[i]], i) // checked by the caller
				zbuf.Reset()
				zw.Reset(&zbuf)
				if _, err := zw.Write(data); err != nil {
					errs[k] = err
					return
				}
				if err := zw.Close(); err != nil {
					errs[k] = err
					return
				}
				packed[i] = bytes.Clone(zbuf.Bytes())
			}
		})
	}
	wg.Wait()
	return packed, errors.Join(errs...)
}

// sortByOffset sorts object numbers by their offset in the file: gofpdf
// writes the page tree (objects 1 and 2) after the pages.
func sortByOffset(order, offsets []int) {
	slices.SortFunc(order, func(a, b int) int { return offsets[a] - offsets[b] })
}

// countingWriter writes to w, counts the bytes and keeps the first error.
type countingWriter struct {
	w   io.Writer
	n   int
	err error
}

func (c *countingWriter) write(p []byte) {
	if c.err != nil {
		return
	}
	k, err := c.w.Write(p)
	c.n += k
	c.err = err
}
