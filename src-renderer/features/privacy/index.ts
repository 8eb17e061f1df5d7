/** PDPA: what the office's erasure does and keeps (more of the privacy work lands here: requests, ROPA). */
export { ErasureScope } from './ErasureScope';
export { RopaPanel } from './RopaPanel';
