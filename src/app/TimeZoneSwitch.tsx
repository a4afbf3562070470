import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { timeZonePreference, type TimeZoneChoice } from '../lib/preferences';
import { localZoneName } from '../lib/time';

export function TimeZoneSwitch() {
  const [zone, setZone] = timeZonePreference.usePersisted();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={zone}
      aria-label="Time zone"
      onChange={(_, next: TimeZoneChoice | null) => next && setZone(next)}
    >
      <ToggleButton value="utc" aria-label="Show times in UTC">
        UTC
      </ToggleButton>
      <ToggleButton value="local" aria-label={`Show times in local time (${localZoneName()})`}>
        Local
      </ToggleButton>
    </ToggleButtonGroup>
  );
}
