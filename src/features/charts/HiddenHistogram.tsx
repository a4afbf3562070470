import { Button, Stack, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';

/** The histogram's place while it is hidden: its title and the button that shows it again. */
export function HiddenHistogram({ onShow }: { onShow: () => void }) {
  return (
    <Stack
      direction="row"
      sx={{
        alignItems: 'center',
        gap: 1.5,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        px: 1,
        py: 0.25,
      }}
    >
      <Typography variant="subtitle2" component="h2" sx={{ flex: 1 }}>
        Records over time
      </Typography>
      <Button
        size="small"
        aria-expanded={false}
        startIcon={<ExpandMoreIcon />}
        onClick={onShow}
        sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}
      >
        Show chart
      </Button>
    </Stack>
  );
}
