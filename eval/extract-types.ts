// The extraction interface of the system under test (src/analyze/extract-eval.ts), as the
// harness expects it. Offsets are UTF-16 code units into the text given.
export type Span = [number, number];

/** Each role is one span or, when discontinuous, a list of fragments. */
export interface EvalAttribution {
  source: Span | Span[] | null;
  cue: Span | Span[] | null;
  content: Span | Span[] | null;
}

export interface EvalEntityMention {
  docId: string;
  start: number;
  end: number;
  type: 'person' | 'organization' | 'place' | 'other';
  entityId: string;
}

export type AttributionsFn = (text: string) => Promise<EvalAttribution[]>;
/** Receives all documents of one topic; entityId must be consistent across them. */
export type EntitiesFn = (docs: Array<{ id: string; text: string }>) => Promise<EvalEntityMention[]>;
