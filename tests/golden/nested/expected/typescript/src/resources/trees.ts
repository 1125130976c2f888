// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource } from '../core/resource.js';

export class Trees extends APIResource {
  grow(body: TreeGrowParams, options?: RequestOptions): APIPromise<TreeNode> {
    return this._client.request('trees.grow', body, options);
  }
}

/**
 * Links back to TreeNode, so the two models form a cycle across two modules.
 */
export interface Owner {
  name: string;

  favorite?: TreeNode;
}

/**
 * A node of a tree; it links to nodes of its own type.
 */
export interface TreeNode {
  label: string;

  child?: TreeNode;

  children?: Array<TreeNode>;

  owner?: Owner;

  parent?: TreeNode | null;
}

export interface TreeGrowParams {
  label: string;

  depth?: number | null;
}

export declare namespace Trees {
  export type { Owner, TreeNode, TreeGrowParams };
}
