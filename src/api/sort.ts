/** A records sort as the API spells it: a field name, with a leading `-` for descending. */
export interface Sort {
  readonly field: string;
  readonly desc: boolean;
}

export function parseSort(value: string): Sort {
  const desc = value.startsWith('-');
  return { field: desc ? value.slice(1) : value, desc };
}

export function printSort(sort: Sort): string {
  return `${sort.desc ? '-' : ''}${sort.field}`;
}
