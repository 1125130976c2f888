// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package jsonl reads a JSON Lines response (one JSON value a line) lazily into typed values.
package jsonl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// Stream is a typed JSON Lines body: for stream.Next() { stream.Current() }; then stream.Err().
// Lines are read as Next asks for them, each up to the limit; the body is closed at its end.
type Stream[T any] struct {
	res    *http.Response
	done   func()
	reader *bufio.Reader
	limit  int64
	cur    T
	err    error
	closed bool
}

// ErrTooLarge ends a stream whose line is longer than its limit (option.WithMaxResponseBytes).
var ErrTooLarge = errors.New("jsonl: a line is larger than the limit (option.WithMaxResponseBytes)")

// NewStream wraps a response (or the error that prevented one); done ends the request; a line
// longer than limit bytes ends the stream with ErrTooLarge (0: no limit).
func NewStream[T any](res *http.Response, done func(), limit int64, err error) *Stream[T] {
	s := &Stream[T]{res: res, done: done, limit: limit, err: err}
	if res != nil {
		s.reader = bufio.NewReader(res.Body)
	}
	return s
}

// Next decodes the next line; false at the end of the body or on an error.
func (s *Stream[T]) Next() bool {
	for s.err == nil && s.reader != nil && !s.closed {
		line, err := s.readLine()
		if errors.Is(err, ErrTooLarge) {
			s.err = err
			break
		}
		if len(bytes.TrimSpace(line)) > 0 {
			var v T
			if derr := json.Unmarshal(line, &v); derr != nil {
				s.err = fmt.Errorf("jsonl: decoding a line: %w", derr)
				break
			}
			s.cur = v
			return true
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			s.err = fmt.Errorf("jsonl: reading the body: %w", err)
		}
	}
	_ = s.Close()
	return false
}

// readLine is bufio's ReadBytes('\n') that stops once the line passes the limit.
func (s *Stream[T]) readLine() ([]byte, error) {
	var line []byte
	for {
		part, err := s.reader.ReadSlice('\n')
		line = append(line, part...)
		if s.limit > 0 && int64(len(line)) > s.limit {
			return nil, ErrTooLarge
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return line, err
		}
	}
}

// Current is the value Next moved to.
func (s *Stream[T]) Current() T { return s.cur }

// Err is the error that ended the stream, if any.
func (s *Stream[T]) Err() error { return s.err }

// Close releases the connection (Next calls it at the end of the body).
func (s *Stream[T]) Close() error {
	if s.res == nil || s.closed {
		return nil
	}
	s.closed = true
	err := s.res.Body.Close()
	if s.done != nil {
		s.done()
	}
	return err
}
