import { Box, Paper, Typography } from '@mui/material';
import { formatGap, type Pipeline } from './pipeline';
import { VisibleText } from '../../components/VisibleText';

/** One login attempt as its stages, with the time between them and where it failed. */
export function LoginPipeline({ pipeline }: { pipeline: Pipeline }) {
  const { steps, failedAt } = pipeline;
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }}>
      <Typography variant="subtitle2" component="h3">
        {pipeline.email ?? 'Unknown user'} ·{' '}
        {failedAt
          ? `failed at ${failedAt.record.stage} (${failedAt.record.event})`
          : steps.some((s) => s.record.stage === 'token_issue' || s.record.stage === 'token_refresh')
            ? 'succeeded'
            : 'no token issued'}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ fontFamily: 'monospace' }}>
        trace {pipeline.traceId}
      </Typography>
      <Box
        component="ol"
        aria-label={`Stages of the login by ${pipeline.email ?? 'an unknown user'}`}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0, mt: 1 }}
      >
        {steps.map((step) => {
          const failed = step.outcome === 'failure';
          return (
            <Box
              component="li"
              key={step.record.id}
              sx={{
                border: 1,
                borderColor: failed ? 'error.main' : 'divider',
                borderRadius: 1,
                px: 1,
                py: 0.5,
                fontSize: 13,
              }}
            >
              {step.sincePrevious !== null && (
                <Box component="span" sx={{ color: 'text.secondary', mr: 0.5 }}>
                  {formatGap(step.sincePrevious)}
                </Box>
              )}
              <Box component="span" sx={{ fontFamily: 'monospace' }}>
                <VisibleText text={step.record.stage} />
              </Box>{' '}
              <Box
                component="span"
                sx={{
                  color: failed ? 'error.main' : step.outcome === 'success' ? 'success.main' : 'text.primary',
                  fontWeight: 600,
                }}
              >
                {failed ? '✕ ' : step.outcome === 'success' ? '✓ ' : ''}
                <VisibleText text={step.record.event} />
              </Box>
            </Box>
          );
        })}
      </Box>
    </Paper>
  );
}
