// The two vendor libraries are loaded as classic scripts (/assets/vendor/…) and expose globals.
// Only the parts this app calls are typed; their option objects are passed through untyped.

interface ChartInstance {
  options: { scales: { y: { type: string } } };
  update(): void;
  destroy(): void;
}
declare const Chart: new (canvas: HTMLCanvasElement, config: unknown) => ChartInstance;

interface CytoscapeElement {
  data(key: string): unknown;
}
interface CytoscapeEvent {
  target: CytoscapeElement;
}
interface CytoscapeCore {
  destroy(): void;
  on(events: string, selector: string, handler: (event: CytoscapeEvent) => void): void;
}
declare function cytoscape(options: unknown): CytoscapeCore;
