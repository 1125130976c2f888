// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package hostile_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	hostile "example.com/hostile"
	"example.com/hostile/internal/testutil"
	"example.com/hostile/option"
	"example.com/hostile/packages/date"
	"example.com/hostile/packages/param"
)

func TestThingNewWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Things.New(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦"})
	_ = res
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if res == nil {
		t.Fatal("New: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"$weird key\": \"`tick` */\", \"id\": \"id \\\"\\\"\\\" ${x} {{ x }} \\\\ \\ud83e\\udda6\", \"mode\": \"a\\\"b\"}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/things" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/things" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/things")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"name\": \"\\\"\\\"\\\"; __import__('os').system('touch PWNED'); \\\"\\\"\\\" */ ${x} {{ x }} \\ud83e\\udda6\"}")
}

func TestThingNewWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Things.New(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦", Class: hostile.Int(1), Mode: hostile.Mode("a\"b"), XYZ: hostile.String("string")})
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
	testutil.SameSet(t, got, []string{"class", "mode", "name", "x-y z"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/things" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/things")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"class\": 1, \"mode\": \"a\\\"b\", \"name\": \"\\\"\\\"\\\"; __import__('os').system('touch PWNED'); \\\"\\\"\\\" */ ${x} {{ x }} \\ud83e\\udda6\", \"x-y z\": \"string\"}")
}

func TestThingNewAcceptsUnknownOpenEnumValues(t *testing.T) {
	scope := testutil.Scope(t)
	if err := testutil.Err(newClient(scope).Things.New(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦", Mode: hostile.Mode("a-value-from-the-future")})); err != nil {
		t.Fatalf("an open enum must accept values the spec does not list: %v", err)
	}
}

func TestThingNewRules(t *testing.T) {
	cases := []struct {
		rule, param string
		params      hostile.ThingNewParams
	}{
		{"odd-mode", "class", hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦", Class: hostile.Int(2), Mode: hostile.Mode("a\"b")}},
	}
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			scope := testutil.Scope(t)
			err := testutil.Err(newClient(scope).Things.New(context.Background(), c.params))
			var verr *hostile.ValidationError
			if !errors.As(err, &verr) || !strings.Contains(err.Error(), "param '"+c.param+"'") || !strings.Contains(err.Error(), "(rule "+c.rule) {
				t.Fatalf("want a validation error naming %s and rule %s, got %v", c.param, c.rule, err)
			}
			if n := len(testutil.Requests(t, scope)); n != 0 {
				t.Fatalf("%d requests sent", n)
			}
			err = testutil.Err(newClient(scope, option.WithValidation("off", nil)).Things.New(context.Background(), c.params))
			var apiErr *hostile.Error
			if !errors.As(err, &apiErr) || apiErr.StatusCode != 400 || apiErr.Param != c.param || !strings.Contains(apiErr.Message, "(rule "+c.rule+")") {
				t.Fatalf("want the server's 400 naming %s, got %v", c.param, err)
			}
		})
	}
}

func TestThingNewStreaming(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	stream := client.Things.NewStreaming(context.Background(), hostile.ThingNewParams{Name: "\"\"\"; __import__('os').system('touch PWNED'); \"\"\" */ ${x} {{ x }} 🦦", Class: hostile.Int(1), Mode: hostile.Mode("a\"b"), XYZ: hostile.String("string")})
	defer stream.Close()
	want := []struct{ typ, json, disc string }{
		{"Started", "{\"note\": \"note\", \"type\": \"evt \\\"started\\\" ${x}\"}", "evt \"started\" ${x}"},
		{"Done", "{\"thing\": {\"$weird key\": \"`tick` */\", \"id\": \"id \\\"\\\"\\\" ${x} {{ x }} \\\\ \\ud83e\\udda6\", \"mode\": \"a\\\"b\"}, \"type\": \"evt.done */\"}", "evt.done */"},
	}
	i := 0
	for stream.Next() {
		ev := stream.Current()
		if i >= len(want) {
			t.Fatalf("more events than expected: %s", ev.RawJSON())
		}
		if got := fmt.Sprintf("%T", ev.AsAny()); got != "hostile."+want[i].typ {
			t.Fatalf("event %d: AsAny() is %s, want %s", i, got, want[i].typ)
		}
		if ev.Type != want[i].disc {
			t.Fatalf("event %d: discriminator %q, want %q", i, ev.Type, want[i].disc)
		}
		testutil.SameJSON(t, ev.RawJSON(), want[i].json)
		i++
	}
	if err := stream.Err(); err != nil {
		t.Fatalf("stream: %v", err)
	}
	if i != len(want) {
		t.Fatalf("%d events, want %d", i, len(want))
	}
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
