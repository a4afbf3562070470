import { Box, Card, CardContent, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { Overview, OverviewFigure } from '../../../api/schemas/overview';
import { figureChange, figureValue } from './figureText';
import { gridHref } from './rangeParams';
import { formatCount } from '../../../api/formatCount';

const TONE_COLOR = { better: 'success.main', worse: 'error.main', same: 'text.secondary' } as const;

/** One figure: its value links to the grid of the records it counts. */
export function FigureCard({
  figure,
  range,
  comparedWith,
}: {
  figure: OverviewFigure;
  range: Overview['range'];
  /** "vs a week earlier" or "vs previous period"; null when there is nothing to compare with */
  comparedWith: string | null;
}) {
  const change = figureChange(figure);
  const href = gridHref(figure.stream, figure.query, range);
  const count = formatCount(figure.count);
  return (
    <Card variant="outlined" component="section" aria-label={figure.label} sx={{ flex: '1 1 180px' }}>
      <CardContent>
        <Typography variant="subtitle2" component="h2" color="text.secondary">
          {figure.label}
        </Typography>
        <Link
          component={RouterLink}
          to={href}
          underline="hover"
          aria-label={`${figure.label}: ${figureValue(figure)}${figure.per ? ` (${count} records)` : ''}, show the records`}
          data-figure={figure.key}
          data-count={figure.count}
          sx={{ display: 'block', fontSize: 28, fontWeight: 600, lineHeight: 1.3 }}
        >
          {figureValue(figure)}
        </Link>
        <Typography variant="body2" color="text.secondary">
          {figure.description}
          {figure.per && (
            <>
              {` · ${count} of `}
              {/* the whole the rate is out of is a search too */}
              <Link
                component={RouterLink}
                to={gridHref(figure.stream, figure.per.query, range)}
                aria-label={`${formatCount(figure.per.count)} ${figure.stream} records in all, show them`}
                data-count={figure.per.count}
              >
                {formatCount(figure.per.count)}
              </Link>
            </>
          )}
        </Typography>
        {change && comparedWith && (
          <Box component="p" sx={{ m: 0, mt: 0.5, fontSize: 13, color: TONE_COLOR[change.tone] }}>
            {change.text}{' '}
            <Box component="span" sx={{ color: 'text.secondary' }}>
              {comparedWith}
            </Box>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
