import { demoHandlers } from './demo';
import { destinationHandlers } from './destinations';
import { exportHandlers } from './export';
import { histogramHandlers } from './histogram';
import { eventTypeHandlers } from './eventTypes';
import { meHandlers } from './me';
import { overviewHandlers } from './overview';
import { recordHandlers } from './records';
import { tailHandlers } from './tail';
import { retentionHandlers } from './retention';
import { savedSearchHandlers } from './savedSearches';
import { timelineHandlers } from './timeline';

export const handlers = [
  ...meHandlers,
  ...eventTypeHandlers,
  ...timelineHandlers,
  ...recordHandlers,
  ...exportHandlers,
  ...histogramHandlers,
  ...overviewHandlers,
  ...tailHandlers,
  ...destinationHandlers,
  ...retentionHandlers,
  ...savedSearchHandlers,
  ...demoHandlers,
];
