package answers

import (
	"bytes"
	"fmt"
	"testing"

	"balansplan/model"
)

// benchSizes are the file sizes of issue 10: 4,000 rows took 1.6 s and
// 20,000 rows 18 s before the import was made linear.
var benchSizes = []int{4_000, 20_000, 100_000}

// benchCSV is an answers file of n rows with the default column names,
// every participant new, generated here rather than stored.
func benchCSV(n int) []byte {
	var b bytes.Buffer
	b.WriteString("participant;role;session;visie.1;visie.1.doel;visie.2;deskundigheid.1;leiderschap.1\n")
	roles := []string{"leraar", "schoolleider", "ict-coördinator", "ondersteuner"}
	for i := range n {
		fmt.Fprintf(&b, "Deelnemer %d;%s;Sessie %d;%d;%d;weet niet;%d - eens;\n",
			i, roles[i%len(roles)], i%7, i%5+1, (i+2)%5+1, (i+3)%5+1)
	}
	return b.Bytes()
}

func BenchmarkRead(b *testing.B) {
	for _, n := range benchSizes {
		data := benchCSV(n)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, ps := Read(data, testSet{}, nil, nil); ps != nil {
					b.Fatal(messages(ps[:1], model.EN))
				}
			}
		})
	}
}

func BenchmarkApply(b *testing.B) {
	p := example(b)
	for _, n := range benchSizes {
		rs, ps := Read(benchCSV(n), testSet{}, nil, nil)
		if ps != nil {
			b.Fatal(messages(ps[:1], model.EN))
		}
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, _, ps := Apply(p, rs, testSet{}, nil); ps != nil {
					b.Fatal(messages(ps[:1], model.EN))
				}
			}
		})
	}
}
