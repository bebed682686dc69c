// The edtf package ships no types; this declares the one function Sourceline uses.
declare module 'edtf' {
  export interface EdtfNode {
    type: string;
    level: number;
    values: Array<number | EdtfNode | null>;
    approximate?: boolean | number;
    uncertain?: boolean | number;
    unspecified?: number;
    offset?: number;
  }
  export function parse(input: string): EdtfNode;
}
