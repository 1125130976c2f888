// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package nested_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	nested "example.com/nested"
	"example.com/nested/internal/testutil"
	"example.com/nested/option"
	"example.com/nested/packages/date"
	"example.com/nested/packages/param"
)

func TestDrawingNewWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Drawings.New(context.Background(), nested.DrawingNewParams{ID: "string"})
	_ = res
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if res == nil {
		t.Fatal("New: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"grid\": [[1, 2], [3, 4]], \"id\": \"d1\", \"shapes\": []}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/drawings" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/drawings" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/drawings")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"id\": \"string\"}")
}

func TestDrawingNewWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Drawings.New(context.Background(), nested.DrawingNewParams{ID: "string", Color: nested.Color("red"), Grid: [][]int64{[]int64{1, 1}, []int64{1, 1}}, Shapes: []nested.ShapeUnionParam{nested.ShapeUnionParam{OfCircle: &nested.CircleParam{Center: nested.PointParam{X: 1.0, Y: 1.0}, Radius: 0}}, nested.ShapeUnionParam{OfCircle: &nested.CircleParam{Center: nested.PointParam{X: 1.0, Y: 1.0}, Radius: 0}}}, Style: &nested.DrawingNewParamsStyle{}})
	_ = res
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if res == nil {
		t.Fatal("New: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"color", "grid", "id", "shapes", "style"})
	last := received[len(received)-1]
	if last["raw_path"] != "/drawings" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/drawings")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"color\": \"red\", \"grid\": [[1, 1], [1, 1]], \"id\": \"string\", \"shapes\": [{\"center\": {\"x\": 1.0, \"y\": 1.0}, \"kind\": \"circle\", \"radius\": 0}, {\"center\": {\"x\": 1.0, \"y\": 1.0}, \"kind\": \"circle\", \"radius\": 0}], \"style\": {}}")
}

var (
	_ = bytes.NewReader
	_ = fmt.Sprint
	_ = errors.New
	_ = strings.Repeat
	_ io.Reader
	_ time.Time
	_ = date.Parse
	_ = param.NewOpt[int]
	_ option.RequestOption
)
