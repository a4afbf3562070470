import { describe, expect, it } from 'vitest';
import { moveFor } from './gridKeys';

const size = { rows: 100, cols: 5, page: 10 };

describe('moveFor', () => {
  it('moves between rows with the arrows and j/k, up into the header row and no further', () => {
    expect(moveFor('ArrowDown', false, { row: 3, col: 2 }, size)).toEqual({ row: 4, col: 2 });
    expect(moveFor('j', false, { row: 3, col: 2 }, size)).toEqual({ row: 4, col: 2 });
    expect(moveFor('k', false, { row: 0, col: 2 }, size)).toEqual({ row: -1, col: 2 });
    expect(moveFor('ArrowUp', false, { row: -1, col: 2 }, size)).toEqual({ row: -1, col: 2 });
    expect(moveFor('ArrowDown', false, { row: 99, col: 0 }, size)).toEqual({ row: 99, col: 0 });
  });

  it('moves between cells with ←/→, Home and End, and to the corners with Ctrl', () => {
    expect(moveFor('ArrowRight', false, { row: 3, col: 4 }, size)).toEqual({ row: 3, col: 4 });
    expect(moveFor('ArrowLeft', false, { row: -1, col: 1 }, size)).toEqual({ row: -1, col: 0 });
    expect(moveFor('Home', false, { row: 3, col: 3 }, size)).toEqual({ row: 3, col: 0 });
    expect(moveFor('End', false, { row: 3, col: 1 }, size)).toEqual({ row: 3, col: 4 });
    expect(moveFor('Home', true, { row: 30, col: 3 }, size)).toEqual({ row: 0, col: 0 });
    expect(moveFor('End', true, { row: 3, col: 1 }, size)).toEqual({ row: 99, col: 4 });
  });

  it('pages by the rows in view, stopping at the first data row', () => {
    expect(moveFor('PageDown', false, { row: -1, col: 0 }, size)).toEqual({ row: 10, col: 0 });
    expect(moveFor('PageUp', false, { row: 4, col: 0 }, size)).toEqual({ row: 0, col: 0 });
  });

  it('leaves other keys, and Ctrl with a letter or arrow, to the browser', () => {
    expect(moveFor('Enter', false, { row: 3, col: 0 }, size)).toBeNull();
    expect(moveFor('j', true, { row: 3, col: 0 }, size)).toBeNull();
    expect(moveFor('ArrowDown', true, { row: 3, col: 0 }, size)).toBeNull();
  });
});
