// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package jsonl

import (
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"testing/iotest"
)

type row struct {
	N int `json:"n"`
}

func body(s string) *http.Response {
	// one byte a read, so lines cross bufio's buffer and every read boundary
	return &http.Response{Body: io.NopCloser(iotest.OneByteReader(strings.NewReader(s)))}
}

func TestLinesAreDecodedLazilyAndBlankLinesSkipped(t *testing.T) {
	done := 0
	s := NewStream[row](body("{\"n\":1}\n\n  \n{\"n\":2}"), func() { done++ }, 0, nil)
	var got []int
	for s.Next() {
		got = append(got, s.Current().N)
	}
	if s.Err() != nil || len(got) != 2 || got[0] != 1 || got[1] != 2 || done != 1 {
		t.Fatalf("got %v, err %v, done %d", got, s.Err(), done)
	}
}

func TestALineLongerThanTheLimitEndsTheStream(t *testing.T) {
	long := "{\"n\":1,\"pad\":\"" + strings.Repeat("x", 10000) + "\"}\n"
	s := NewStream[row](body("{\"n\":1}\n"+long+"{\"n\":3}\n"), nil, 100, nil)
	if !s.Next() || s.Current().N != 1 {
		t.Fatalf("the short first line: %v", s.Err())
	}
	if s.Next() {
		t.Fatal("a line over the limit was decoded")
	}
	if !errors.Is(s.Err(), ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", s.Err())
	}
	unlimited := NewStream[row](body(long), nil, 0, nil)
	if !unlimited.Next() || unlimited.Err() != nil {
		t.Fatalf("no limit: %v", unlimited.Err())
	}
}

func TestAnErrorBeforeTheResponseIsTheStreamsError(t *testing.T) {
	cause := errors.New("refused")
	s := NewStream[row](nil, nil, 0, cause)
	if s.Next() || !errors.Is(s.Err(), cause) || s.Close() != nil {
		t.Fatalf("err = %v", s.Err())
	}
}
