import { useMediaQuery, type Theme } from '@mui/material';

/** From 1200 px the open record is a panel beside the grid, which stays usable; below, a modal drawer. */
const sidePanelQuery = (theme: Theme) => theme.breakpoints.up('lg');
export const useSidePanel = () => useMediaQuery(sidePanelQuery, { noSsr: true });
/** px; the page leaves this much room at its right while the panel is open */
// wide enough for a change record's diff table (480 px at least) without a sideways scroll
export const SIDE_PANEL_WIDTH = 560;
