import { Box, Card, CardContent, IconButton, Link, Typography } from '@mui/material';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { Link as RouterLink } from 'react-router';
import { ENTITY_NOUN, entityKindOf } from '../../../lib/entityLinks';
import { hrefs } from '../../../lib/links';
import type { Overview, OverviewTopList } from '../../../api/schemas/overview';
import { gridHref } from './rangeParams';
import { formatCount } from '../../../api/formatCount';
import { showHidden } from '../../../api/hiddenChars';
import { VisibleText } from '../../../components/VisibleText';

/** A ranked list: each item (value, bar and count) links to the grid of its records. */
export function TopListCard({ list, range }: { list: OverviewTopList; range: Overview['range'] }) {
  const most = Math.max(1, ...list.items.map((i) => i.count));
  const headingId = `top-${list.key}`;
  const entity = entityKindOf(list.field);
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId} sx={{ flex: '1 1 320px' }}>
      <CardContent>
        <Typography id={headingId} variant="subtitle1" component="h2" gutterBottom>
          {list.label}
        </Typography>
        {list.items.length === 0 ? (
          <Typography color="text.secondary">None in this range.</Typography>
        ) : (
          <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 0.5 }}>
            {list.items.map((item) => (
              <Box component="li" key={item.value} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
                <Link
                  component={RouterLink}
                  to={gridHref(list.stream, item.query, range)}
                  underline="none"
                  color="inherit"
                  aria-label={`${showHidden(item.value)}: ${formatCount(item.count)} ${list.unit}`}
                  data-count={item.count}
                  sx={{
                    flex: 1,
                    minWidth: 0,
                    display: 'grid',
                    gridTemplateColumns: 'minmax(0, 1fr) auto',
                    gap: 0.25,
                    p: 0.5,
                    borderRadius: 1,
                    '&:hover, &:focus-visible': { bgcolor: 'action.hover' },
                  }}
                >
                  <Box
                    component="span"
                    title={showHidden(item.value)}
                    sx={{
                      overflow: 'hidden',
                      textOverflow: 'ellipsis',
                      whiteSpace: 'nowrap',
                      fontFamily: 'monospace',
                    }}
                  >
                    <VisibleText text={item.value} />
                  </Box>
                  <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatCount(item.count)}
                  </Box>
                  <Box
                    component="span"
                    aria-hidden
                    sx={{
                      gridColumn: '1 / -1',
                      height: 6,
                      borderRadius: 1,
                      bgcolor: 'primary.main',
                      width: `${(item.count / most) * 100}%`,
                    }}
                  />
                </Link>
                {entity && (
                  <IconButton
                    size="small"
                    component={RouterLink}
                    to={hrefs.entity(entity, item.value)}
                    aria-label={`Open ${ENTITY_NOUN[entity]} page: ${showHidden(item.value)}`}
                    title={`Open ${ENTITY_NOUN[entity]} page`}
                  >
                    <ManageSearchIcon fontSize="small" />
                  </IconButton>
                )}
              </Box>
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
