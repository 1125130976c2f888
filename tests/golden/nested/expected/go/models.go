// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package nested

import (
	"encoding/json"
)

type Color string

const (
	ColorRed   Color = "red"
	ColorGreen Color = "green"
	ColorBlue  Color = "blue"
)

type DrawingOwnerAddressTagsItem string

const (
	DrawingOwnerAddressTagsItemHome DrawingOwnerAddressTagsItem = "home"
	DrawingOwnerAddressTagsItemWork DrawingOwnerAddressTagsItem = "work"
)

// Other values are accepted too (an open enum).
type DrawingPalette string

const (
	DrawingPaletteWarm DrawingPalette = "warm"
	DrawingPaletteCool DrawingPalette = "cool"
)

type Circle struct {
	Center Point   `json:"center"`
	Kind   string  `json:"kind"`
	Radius float64 `json:"radius"`
	raw    string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Circle) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Circle) UnmarshalJSON(data []byte) (err error) {
	type shadow Circle
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

// A drawing with shapes, layers and metadata.
type Drawing struct {
	Grid    [][]int64           `json:"grid"`
	ID      string              `json:"id"`
	Shapes  []ShapeUnion        `json:"shapes"`
	Label   json.RawMessage     `json:"label,omitzero"`
	Layers  []DrawingLayersItem `json:"layers,omitzero"`
	Owner   DrawingOwner        `json:"owner,omitzero"`
	Palette DrawingPalette      `json:"palette,omitzero"`
	Title   string              `json:"title,omitzero"`
	raw     string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Drawing) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Drawing) UnmarshalJSON(data []byte) (err error) {
	type shadow Drawing
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

// Links back to TreeNode, so the two models form a cycle across two modules.
type Owner struct {
	Name     string    `json:"name"`
	Favorite *TreeNode `json:"favorite,omitzero"`
	raw      string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Owner) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Owner) UnmarshalJSON(data []byte) (err error) {
	type shadow Owner
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type Point struct {
	X   float64 `json:"x"`
	Y   float64 `json:"y"`
	raw string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Point) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Point) UnmarshalJSON(data []byte) (err error) {
	type shadow Point
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type Polygon struct {
	Kind   string  `json:"kind"`
	Points []Point `json:"points"`
	raw    string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r Polygon) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *Polygon) UnmarshalJSON(data []byte) (err error) {
	type shadow Polygon
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

// A node of a tree; it links to nodes of its own type.
type TreeNode struct {
	Label    string     `json:"label"`
	Child    *TreeNode  `json:"child,omitzero"`
	Children []TreeNode `json:"children,omitzero"`
	Owner    *Owner     `json:"owner,omitzero"`
	Parent   *TreeNode  `json:"parent,omitzero"`
	raw      string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r TreeNode) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *TreeNode) UnmarshalJSON(data []byte) (err error) {
	type shadow TreeNode
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type DrawingLayersItem struct {
	Name    string  `json:"name"`
	Color   Color   `json:"color,omitzero"`
	Opacity float64 `json:"opacity,omitzero"`
	raw     string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r DrawingLayersItem) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *DrawingLayersItem) UnmarshalJSON(data []byte) (err error) {
	type shadow DrawingLayersItem
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type DrawingOwner struct {
	Name    string              `json:"name"`
	Address DrawingOwnerAddress `json:"address,omitzero"`
	raw     string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r DrawingOwner) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *DrawingOwner) UnmarshalJSON(data []byte) (err error) {
	type shadow DrawingOwner
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

type DrawingOwnerAddress struct {
	City string                        `json:"city,omitzero"`
	Tags []DrawingOwnerAddressTagsItem `json:"tags,omitzero"`
	raw  string
}

// RawJSON is the object as the API sent it, including properties the spec does not know.
func (r DrawingOwnerAddress) RawJSON() string { return r.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (r *DrawingOwnerAddress) UnmarshalJSON(data []byte) (err error) {
	type shadow DrawingOwnerAddress
	if err := json.Unmarshal(data, (*shadow)(r)); err != nil {
		return err
	}
	r.raw = string(data)
	return
}

// It holds the fields of every variant; use AsAny or the As methods for the typed variant. A
// variant the spec does not know is kept: its Kind and RawJSON are set and AsAny
// returns nil.
type ShapeUnion struct {
	Center Point   `json:"center,omitzero"`
	Kind   string  `json:"kind,omitzero"`
	Points []Point `json:"points,omitzero"`
	Radius float64 `json:"radius,omitzero"`
	raw    string
}

// RawJSON is the object as the API sent it.
func (u ShapeUnion) RawJSON() string { return u.raw }

// UnmarshalJSON keeps the raw JSON beside the decoded fields.
func (u *ShapeUnion) UnmarshalJSON(data []byte) error {
	type shadow ShapeUnion
	if err := json.Unmarshal(data, (*shadow)(u)); err != nil {
		return err
	}
	u.raw = string(data)
	return nil
}

// anyShapeUnion is implemented by each variant of ShapeUnion.
type anyShapeUnion interface {
	implShapeUnion()
}

func (Circle) implShapeUnion() {}

// AsCircle decodes the object as a Circle (Kind "circle").
func (u ShapeUnion) AsCircle() (v Circle) {
	_ = json.Unmarshal([]byte(u.raw), &v)
	return
}

func (Polygon) implShapeUnion() {}

// AsPolygon decodes the object as a Polygon (Kind "polygon").
func (u ShapeUnion) AsPolygon() (v Polygon) {
	_ = json.Unmarshal([]byte(u.raw), &v)
	return
}

// AsAny returns the typed variant, or nil for a Kind the spec does not know.
func (u ShapeUnion) AsAny() anyShapeUnion {
	switch u.Kind {
	case "circle":
		return u.AsCircle()
	case "polygon":
		return u.AsPolygon()
	}
	return nil
}

type CircleParam struct {
	Center PointParam `json:"center"`
	Radius float64    `json:"radius"`
}

// values are the params that are set, by wire name.
func (p CircleParam) values() map[string]any {
	v := map[string]any{}
	v["center"] = p.Center.values()
	v["kind"] = "circle"
	v["radius"] = p.Radius
	return v
}

// MarshalJSON sends the fields that are set.
func (p CircleParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type PointParam struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// values are the params that are set, by wire name.
func (p PointParam) values() map[string]any {
	v := map[string]any{}
	v["x"] = p.X
	v["y"] = p.Y
	return v
}

// MarshalJSON sends the fields that are set.
func (p PointParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

type PolygonParam struct {
	Points []PointParam `json:"points"`
}

// values are the params that are set, by wire name.
func (p PolygonParam) values() map[string]any {
	v := map[string]any{}
	v["kind"] = "polygon"
	v["points"] = p.Points
	return v
}

// MarshalJSON sends the fields that are set.
func (p PolygonParam) MarshalJSON() ([]byte, error) { return json.Marshal(p.values()) }

// ShapeUnionParam sends one of its variants; set exactly one field.
type ShapeUnionParam struct {
	OfCircle  *CircleParam
	OfPolygon *PolygonParam
}

func (u ShapeUnionParam) value() any {
	if u.OfCircle != nil {
		v := u.OfCircle.values()
		v["kind"] = "circle"
		return v
	}
	if u.OfPolygon != nil {
		v := u.OfPolygon.values()
		v["kind"] = "polygon"
		return v
	}
	return nil
}

// MarshalJSON sends the variant that is set, with its discriminator filled in.
func (u ShapeUnionParam) MarshalJSON() ([]byte, error) { return json.Marshal(u.value()) }
