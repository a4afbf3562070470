/**
 * `sx` for text present for screen readers and invisible on screen. Sizes are strings: in `sx`
 * a number up to 1 is a fraction (`width: 1` is 100%), which made the hidden text as wide as
 * its positioned ancestor and gave pages a horizontal scroll.
 */
export const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
