import { useRef, useState } from 'react';
import { Autocomplete, Box, Chip, Stack, TextField, Typography } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useQuery } from '@tanstack/react-query';
import { facetsQuery } from '../../api/records';
import type { StreamName } from '../../api/streams';
import { parseQuery, printClause, printQuery } from '../../api/query';
import type { FieldSpec, QueryError } from '../../api/query/types';
import {
  fieldSuggestions,
  replaceToken,
  tokenAt,
  valueContext,
  valueSuggestions,
  type Suggestion,
} from './autocomplete';
import { formatCount } from '../../api/formatCount';
import { showHidden } from '../../api/hiddenChars';
import { VisibleText } from '../../components/VisibleText';

interface Props {
  stream: StreamName;
  fields: readonly FieldSpec[];
  /** a query on this stream's fields, shown while the box is empty */
  example: string;
  /** the query the results show */
  q: string;
  onSubmit: (q: string) => void;
  /** ↓ with no suggestions shown: the page moves focus to its results */
  onArrowDown?: () => void;
}

/**
 * The query box. What is typed stays a draft until Enter; a draft that doesn't parse shows
 * where it is wrong and leaves the results (and the URL) as they were.
 */
export function SearchBar({ stream, fields, example, q, onSubmit, onArrowDown }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  const [caret, setCaret] = useState(q.length);
  const [error, setError] = useState<{ error: QueryError; text: string } | null>(null);
  const [open, setOpen] = useState(false);

  // The URL changed underneath (back/forward, a chip removed, a pivot): show the new query.
  if (q !== shownQ) {
    setShownQ(q);
    setDraft(q);
    setError(null);
  }

  const token = tokenAt(draft, caret);
  const context = valueContext(fields, token.token);
  const facets = useQuery({
    ...facetsQuery(stream, context?.field ?? '', context?.prefix ?? ''),
    enabled: !!context,
  });
  const options: Suggestion[] = context
    ? valueSuggestions(fields, context, facets.data?.values ?? [])
    : token.token
      ? fieldSuggestions(fields, token.token)
      : [];

  const submit = (text: string) => {
    const parsed = parseQuery(text, fields);
    if (!parsed.ok) {
      setError({ error: parsed.error, text });
      const input = inputRef.current;
      input?.focus();
      input?.setSelectionRange(parsed.error.start, Math.min(parsed.error.end, text.length));
      return;
    }
    setError(null);
    setOpen(false);
    onSubmit(text.trim());
  };

  const accept = (suggestion: Suggestion) => {
    const next = replaceToken(draft, token, suggestion.insert, suggestion.kind === 'value');
    setDraft(next.text);
    setCaret(next.caret);
    requestAnimationFrame(() => inputRef.current?.setSelectionRange(next.caret, next.caret));
  };

  const committed = parseQuery(q, fields);
  const clauses = committed.ok ? committed.query.clauses : [];

  return (
    <Stack spacing={1} sx={{ flex: 1, minWidth: 'min(280px, 100%)' }}>
      <Autocomplete<Suggestion, false, false, true>
        freeSolo
        open={open && options.length > 0}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        options={options}
        filterOptions={(x) => x}
        value={null}
        inputValue={draft}
        autoHighlight={false}
        clearOnBlur={false}
        handleHomeEndKeys={false}
        onInputChange={(event, value, reason) => {
          if (reason !== 'input') return;
          setDraft(value);
          const target = event?.target as HTMLInputElement | undefined;
          setCaret(target?.selectionStart ?? value.length);
          setOpen(true);
          if (error) setError(null);
        }}
        onChange={(_, option) => {
          if (option === null) return;
          if (typeof option === 'string') submit(draft);
          else accept(option);
        }}
        getOptionLabel={(o) => (typeof o === 'string' ? o : o.insert)}
        renderOption={(props, option) => {
          const { key, ...rest } = props as typeof props & { key: string };
          return (
            <Box component="li" key={key} {...rest} sx={{ display: 'flex', gap: 1, fontSize: 13 }}>
              <Box component="span" sx={{ fontFamily: 'monospace' }}>
                {option.insert}
              </Box>
              <Box component="span" sx={{ color: 'text.secondary', ml: 'auto' }}>
                {option.kind === 'field'
                  ? (option.field.label ?? option.field.type)
                  : `${formatCount(option.count)} records`}
              </Box>
            </Box>
          );
        }}
        renderInput={(params) => (
          <TextField
            {...params}
            inputRef={inputRef}
            label="Search"
            size="small"
            placeholder={`e.g. ${example}`}
            error={!!error}
            helperText={
              error
                ? error.error.message
                : 'field:value, field:>=10, "phrase", value*, AND, OR, NOT or -, (…); "or" searches the word'
            }
            onKeyDown={(e) => {
              // MUI's free-solo Autocomplete ignores Enter on an empty box; empty means "no filter"
              if (e.key === 'Enter' && draft.trim() === '') submit('');
              // out of the box into the results, unless ↓ is for the suggestions
              if (e.key === 'ArrowDown' && onArrowDown && !(open && options.length > 0)) {
                e.preventDefault();
                (e as typeof e & { defaultMuiPrevented?: boolean }).defaultMuiPrevented = true;
                onArrowDown();
              }
            }}
            onKeyUp={(e) => setCaret((e.target as HTMLInputElement).selectionStart ?? draft.length)}
            onClick={(e) => setCaret((e.target as HTMLInputElement).selectionStart ?? draft.length)}
            slotProps={{
              ...params.slotProps,
              input: {
                ...params.slotProps.input,
                startAdornment: <SearchIcon fontSize="small" sx={{ mr: 1, color: 'text.secondary' }} />,
              },
              htmlInput: { ...params.slotProps.htmlInput, spellCheck: false, 'aria-keyshortcuts': '/' },
              formHelperText: { role: error ? 'alert' : undefined },
            }}
          />
        )}
      />
      {error && <ErrorPointer error={error.error} text={error.text} />}
      {clauses.length > 0 && (
        <Stack
          direction="row"
          spacing={0.5}
          useFlexGap
          sx={{ flexWrap: 'wrap' }}
          aria-label="Active filters"
          role="list"
        >
          {clauses.map((clause, i) => {
            const label = printClause(clause);
            return (
              <Box role="listitem" key={`${i}:${label}`}>
                <Chip
                  size="small"
                  label={<VisibleText text={label} />}
                  aria-label={`Filter ${showHidden(label)}`}
                  onDelete={() => onSubmit(printQuery({ clauses: clauses.filter((_, j) => j !== i) }))}
                  sx={{ fontFamily: 'monospace', maxWidth: 420 }}
                />
              </Box>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}

/** Shows the query with the bad token marked, so a long query's mistake is easy to find. */
function ErrorPointer({ error, text }: { error: QueryError; text: string }) {
  if (error.end <= error.start || text.length > 400) return null;
  return (
    <Typography
      variant="body2"
      component="p"
      aria-hidden
      sx={{ fontFamily: 'monospace', whiteSpace: 'pre-wrap', wordBreak: 'break-all', m: 0 }}
    >
      {text.slice(0, error.start)}
      <Box
        component="mark"
        sx={{ bgcolor: 'error.main', color: 'error.contrastText', px: 0.25, borderRadius: 0.5 }}
      >
        {text.slice(error.start, error.end)}
      </Box>
      {text.slice(error.end)}
    </Typography>
  );
}
