/**
 * The window's JavaScript heap limit. Without one, V8 sizes the renderer's heap from the PC's
 * memory and collects lazily: restoring a ten-year backup peaked at 1.1 GB there although what
 * it holds at any time is a few parts of records (bench photo-scale). With 256 MB the same
 * restore peaked at 535 MB. 512 MB leaves room for the largest real screens (a ten-year survey
 * report, the release index) while keeping an office PC with 4–8 GB responsive.
 * Main passes it to Chromium; the E2E and bench browsers get the same flag (chromium.ts).
 */
export const RENDERER_HEAP_LIMIT_MB = 512;
export const RENDERER_JS_FLAGS = `--max-old-space-size=${RENDERER_HEAP_LIMIT_MB}`;
