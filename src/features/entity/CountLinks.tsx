import { Box, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { formatCount } from '../../api/formatCount';
import { VisibleText } from '../../components/VisibleText';

export interface CountLink {
  key: string;
  label: string;
  count: number;
  href: string;
}

/** A labelled list of counts, each a link to the grid of the records it counts. */
export function CountLinks({
  title,
  items,
  unit,
}: {
  title: string;
  items: readonly CountLink[];
  unit: string;
}) {
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          None in this range.
        </Typography>
      ) : (
        <Box
          component="ul"
          sx={{ m: 0, p: 0, listStyle: 'none', display: 'flex', flexWrap: 'wrap', columnGap: 2 }}
        >
          {items.map((item) => (
            <li key={item.key}>
              <Link
                component={RouterLink}
                to={item.href}
                aria-label={`${item.label}: ${formatCount(item.count)} ${unit}`}
                sx={{ fontSize: 14 }}
              >
                <VisibleText text={item.label} /> {formatCount(item.count)}
              </Link>
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
}
