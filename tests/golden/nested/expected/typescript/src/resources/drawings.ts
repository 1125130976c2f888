// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource } from '../core/resource.js';

export class Drawings extends APIResource {
  create(body: DrawingCreateParams, options?: RequestOptions): APIPromise<Drawing> {
    return this._client.request('drawings.create', body, options);
  }
}

export type Color = 'red' | 'green' | 'blue';

export type Shape = Circle | Polygon;

export interface Circle {
  center: Point;

  kind: 'circle';

  radius: number;
}

/**
 * A drawing with shapes, layers and metadata.
 */
export interface Drawing {
  grid: Array<Array<number>>;

  id: string;

  shapes: Array<Shape>;

  label?: Point | string;

  layers?: Array<Drawing.Layers.Item>;

  owner?: Drawing.Owner;

  palette?: (string & {}) | 'warm' | 'cool';

  title?: string | null;
}

export namespace Drawing {
  export namespace Layers {
    export interface Item {
      name: string;

      color?: Color;

      opacity?: number;
    }
  }

  export interface Owner {
    name: string;

    address?: Drawing.Owner.Address;
  }

  export namespace Owner {
    export interface Address {
      city?: string;

      tags?: Array<'home' | 'work'>;
    }
  }
}

export interface Point {
  x: number;

  y: number;
}

export interface Polygon {
  kind: 'polygon';

  points: Array<Point>;
}

export interface DrawingCreateParams {
  id: string;

  color?: Color | null;

  grid?: Array<Array<number>> | null;

  shapes?: Array<Shape> | null;

  style?: DrawingCreateParams.Style | null;
}

export namespace DrawingCreateParams {
  export interface Style {
    stroke?: Color | null;

    width?: number | null;
  }
}

export declare namespace Drawings {
  export type { Color, Circle, Drawing, Point, Polygon, Shape, DrawingCreateParams };
}
